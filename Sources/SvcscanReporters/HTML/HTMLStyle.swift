/// The report's inline style sheet and its one small script. Greys and patterns, not colour
/// alone, tell things apart, so the page prints legibly in black and white.
enum HTMLStyle {
    static let css = """
    :root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff;line-height:1.45}
    body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
    h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;border-bottom:2px solid #111;margin-top:2rem}h3{font-size:1.1rem;margin-top:1.5rem}
    table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}
    th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}
    th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
    .heat td.n{min-width:4.5rem}
    figure{margin:.5rem 0}figcaption{font-size:.9rem}
    .bar{display:inline-block;width:12rem;height:.8rem;border:1px solid #111;vertical-align:middle;margin-right:.4rem}
    .bar span{display:block;height:100%;background:#444}
    details.doc{border:1px solid #888;margin:.6rem 0;padding:.3rem .8rem}details.doc>summary{cursor:pointer;font-weight:bold}
    .docbody{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem}
    .docbody ol.findings{font-size:.85rem;padding-left:1.6rem}.docbody ol.findings li{margin-bottom:.5rem}
    @media (max-width:60rem){.docbody{display:block}}
    ol.lines{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;padding-left:3.5rem;white-space:pre-wrap;word-break:break-word}
    ol.lines li::marker{color:#666}
    mark{background:none;color:inherit;padding:0 1px}
    mark.ev{background:#e6e6e6;border-bottom:2px solid #111}
    mark.ph{border-bottom:2px dashed #111}
    mark.ev.ph{border-bottom:3px double #111}
    sup a{font-size:.7rem;text-decoration:none;font-weight:bold;color:#111}
    .tag{display:inline-block;border:1px solid #111;border-radius:3px;padding:0 .25rem;font-size:.75rem;margin-right:.3rem}
    .rewrite{font-style:italic}.muted{color:#555}
    .heat .dark,.heat .dark .muted{color:#fff}
    @media print{.docbody{display:block}details.doc{break-before:page;border:0}th button{text-decoration:none}h2{break-after:avoid}}
    """

    /// Sorts the documents table by a clicked column and opens a document's details when its
    /// link is followed or the page is printed. The page is complete without it.
    static let script = """
    document.querySelectorAll("table.sortable th button").forEach(function(b){b.addEventListener("click",function(){
    var i=b.closest("th").cellIndex,t=b.closest("table"),tb=t.tBodies[0],rows=Array.prototype.slice.call(tb.rows),num=b.dataset.type==="number";
    var asc=b.dataset.dir!=="asc";b.dataset.dir=asc?"asc":"desc";
    rows.sort(function(x,y){var a=x.cells[i].dataset.sort||x.cells[i].textContent,c=y.cells[i].dataset.sort||y.cells[i].textContent;
    var r=num?parseFloat(a)-parseFloat(c):a.localeCompare(c);return asc?r:-r;});rows.forEach(function(r){tb.appendChild(r);});});});
    function openTarget(){var id=location.hash.slice(1),e=id&&document.getElementById(id);if(e){var d=e.closest("details");if(d)d.open=true;}}
    window.addEventListener("hashchange",openTarget);openTarget();
    window.addEventListener("beforeprint",function(){document.querySelectorAll("details.doc").forEach(function(d){d.open=true;});});
    """
}
