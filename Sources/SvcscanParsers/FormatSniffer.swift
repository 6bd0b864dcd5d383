import SvcscanCore

/// Decides how to read a file: by its content first, then by its name.
///
/// `%PDF-` is PDF; a zip (`PK\x03\x04`) is OpenDocument text when its first entry is an
/// uncompressed `mimetype` saying so (as the OpenDocument standard asks), DOCX otherwise, whatever
/// its name; `.md`/`.markdown` is Markdown; anything else that decodes as text is plain text.
/// Recognisable non-documents (images, executables, OLE containers, Word lock files) are refused
/// with a `DocumentError` naming what they are.
public enum FormatSniffer {
    /// File extensions (lower-case, without the dot) that svcscan picks up when walking a folder.
    public static let supportedExtensions: Set<String> = ["txt", "text", "md", "markdown", "docx", "odt", "pdf"]

    /// The format to read `bytes` as; `name` is the file name (or nil for standard input).
    public static func format(of bytes: [UInt8], name: String?) throws -> DocumentFormat {
        guard !bytes.isEmpty else { throw DocumentError.empty }
        let fileName = name.map { String($0.split(separator: "/").last ?? "") } ?? ""
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return isOpenDocumentText(bytes) ? .odt : .docx
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw DocumentError.oleContainer }
        if let what = signature(of: bytes) { throw DocumentError.notADocument(what: what) }
        if isWordLockFile(bytes, fileName: fileName) { throw DocumentError.wordLockFile }
        if looksBinary(bytes) { throw DocumentError.notADocument(what: "binary data") }
        let lower = fileName.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .md }
        return .txt
    }

    private static let signatures: [(bytes: [UInt8], what: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("{\\rtf".utf8), "an RTF document"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
    ]

    private static func signature(of bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.what
    }

    /// The OpenDocument signature: a local file header at offset 0 whose name (at 30) is
    /// `mimetype`, stored, with the text media type as its content (at 38).
    private static func isOpenDocumentText(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 38 + 39, bytes[30..<38].elementsEqual("mimetype".utf8) else { return false }
        let type = String(decoding: bytes[38..<min(bytes.count, 38 + 48)], as: UTF8.self)
        return ODTParser.textMediaTypes.contains { type.hasPrefix($0) }
    }

    /// Word's owner files (`~$name.docx`) are 162 bytes: the user's name as a length-prefixed
    /// ANSI string, then again at offset 54 as UTF-16 with the same length.
    private static func isWordLockFile(_ bytes: [UInt8], fileName: String) -> Bool {
        if fileName.hasPrefix("~$") && fileName.lowercased().hasSuffix(".docx") { return true }
        guard bytes.count == 162, (1...53).contains(bytes[0]) else { return false }
        return bytes[54] == bytes[0] && bytes[55] == 0
    }

    /// True when the first 8 KiB hold NUL bytes and no UTF-16 byte-order mark explains them.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }
}
