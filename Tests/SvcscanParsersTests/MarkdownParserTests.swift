import SvcscanCore
@testable import SvcscanParsers
import XCTest

final class MarkdownParserTests: XCTestCase {
    private func parse(_ text: String) throws -> Document {
        try MarkdownParser().parse(Array(text.utf8))
    }

    private func dump(_ text: String) throws -> String {
        try parse(text).debugDump()
    }

    /// Where the first occurrence of `word` in the block's text sits in the source.
    private func location(of word: String, in block: Block, file: StaticString = #filePath, line: UInt = #line) -> SourceLocation? {
        let text = Array(block.text.unicodeScalars), target = Array(word.unicodeScalars)
        guard text.count >= target.count,
              let offset = (0...(text.count - target.count)).first(where: { Array(text[$0..<$0 + target.count]) == target }) else {
            XCTFail("\"\(word)\" not in \"\(block.text)\"", file: file, line: line)
            return nil
        }
        return block.location(atScalarOffset: offset)
    }

    // MARK: - Skipped content

    func testFrontMatterIsSkipped() throws {
        let text = "---\ntitle: Résumé\nauthor: Priya Nandakumar\n---\n# Priya Nandakumar\n"
        XCTAssertEqual(try dump(text), "5:3 heading(1) | Priya Nandakumar\n")
        XCTAssertEqual(try dump("---\ntitle: x\n...\nHello\n"), "4:1 paragraph | Hello\n")
    }

    func testOpeningDashesWithoutClosingLineAreAThematicBreakNotFrontMatter() throws {
        XCTAssertEqual(try dump("---\nLena Ortiz\n"), "2:1 paragraph | Lena Ortiz\n")
    }

    func testFencedCodeBlocksAreIgnored() throws {
        let text = """
        Intro line
        ```swift
        let greeting = "hi"
        ```
        ~~~~
        ~~~
        still code
        ~~~~~
        After
        """
        XCTAssertEqual(try dump(text), """
        1:1 paragraph | Intro line
        9:1 paragraph | After

        """)
    }

    func testUnclosedFenceHidesTheRestOfTheFile() throws {
        XCTAssertEqual(try dump("Kept\n\n```\nHidden\n# Hidden too\n"), "1:1 paragraph | Kept\n")
    }

    func testTripleBackticksWithBackticksAfterThemAreInlineCodeNotAFence() throws {
        XCTAssertEqual(try dump("```Zendesk``` expert\n"), "1:4 paragraph | Zendesk expert\n")
    }

    func testIndentedCodeAfterABlankLineIsIgnored() throws {
        let text = "Summary line\n\n    let code = 1\n\n    more code\n\tstill code\nBack to text\n    lazily continued\n"
        XCTAssertEqual(try dump(text), """
        1:1 paragraph | Summary line
        7:1 paragraph | Back to text⏎lazily continued

        """)
    }

    func testIndentedTextUnderAListItemIsAnotherParagraphOfThatItem() throws {
        let text = "- Item one\n\n    Second paragraph of item one\n\n        code inside the item\n"
        XCTAssertEqual(try dump(text), """
        1:3 list-item(1) | Item one
        3:5 list-item(1) | Second paragraph of item one

        """)
    }

    func testHTMLCommentsOnOneLineAreRemoved() throws {
        let document = try parse("- Calmed <!-- angry --> callers\n")
        XCTAssertEqual(document.debugDump(), "1:3 list-item(1) | Calmed  callers\n")
        XCTAssertEqual(location(of: "callers", in: document.blocks[0]), SourceLocation(line: 1, column: 25))
    }

    func testHTMLCommentsSpanningLinesAreRemoved() throws {
        let text = """
        Ana Ruiz <!-- check spelling
        of the surname -->, support lead
        <!--
        Old job:

        - Cashier
        -->
        - Kept item<!---->
        """
        XCTAssertEqual(try dump(text), """
        1:1 paragraph | Ana Ruiz⏎, support lead
        8:3 list-item(1) | Kept item

        """)
        XCTAssertEqual(location(of: "support", in: try parse(text).blocks[0]), SourceLocation(line: 2, column: 21))
    }

    func testHTMLTagsAreDroppedAndTheTextBetweenThemKept() throws {
        let text = """
        <p align="center">
          <img src="photo.png" alt="Mei">
          <b>Mei Tanaka</b><br>
          Help desk analyst
        </p>
        """
        let document = try parse(text)
        XCTAssertEqual(document.debugDump(), "3:6 paragraph | Mei Tanaka⏎Help desk analyst\n")
        XCTAssertEqual(location(of: "Help", in: document.blocks[0]), SourceLocation(line: 4, column: 3))
    }

    func testLineBreakingTagsStillSeparateWords() throws {
        let document = try parse("Call center<br>Help desk<br/> Retail and H<sub>2</sub>O\n")
        XCTAssertEqual(document.debugDump(), "1:1 paragraph | Call center Help desk Retail and H2O\n")
        XCTAssertEqual(location(of: "Help", in: document.blocks[0]), SourceLocation(line: 1, column: 16))
    }

    func testLinkReferenceDefinitionsAreSkipped() throws {
        let text = "See my [portfolio][site].\n\n[site]: https://example.com/ana \"Ana's work\"\n[Note]: this is a sentence\n"
        XCTAssertEqual(try dump(text), """
        1:1 paragraph | See my portfolio.
        4:1 paragraph | [Note]: this is a sentence

        """)
    }

    // MARK: - Headings

    func testATXHeadingsTakeTheirLevelFromTheHashes() throws {
        let text = "# Jordan Blake #\n## Experience\n###### Deep\n####### Seven is text\n#NoSpace\n## C# ##\n#\n"
        XCTAssertEqual(try dump(text), """
        1:3 heading(1) | Jordan Blake
        2:4 heading(2) | Experience
        3:8 heading(6) | Deep
        4:1 paragraph | ####### Seven is text⏎#NoSpace
        6:4 heading(2) | C#

        """)
    }

    func testSetextUnderlinesMakeTheParagraphAboveAHeading() throws {
        let text = "Jordan Blake\n============\nExperience\n----------\nText\n\n---\nAfter the break\n"
        XCTAssertEqual(try dump(text), """
        1:1 heading(1) | Jordan Blake
        3:1 heading(2) | Experience
        5:1 paragraph | Text
        8:1 paragraph | After the break

        """)
    }

    func testThematicBreaksOfStarsAndUnderscoresEndAParagraph() throws {
        XCTAssertEqual(try dump("One\n***\nTwo\n_ _ _\nThree\n"), """
        1:1 paragraph | One
        3:1 paragraph | Two
        5:1 paragraph | Three

        """)
    }

    // MARK: - Lists

    func testNestedListsTakeTheirLevelFromIndentation() throws {
        let text = """
        - Support agent, Brightline
          - Answered 60 chats a day
            * Kept CSAT at 98%
          - Trained new hires
        - Team lead
        """
        XCTAssertEqual(try dump(text), """
        1:3 list-item(1) | Support agent, Brightline
        2:5 list-item(2) | Answered 60 chats a day
        3:7 list-item(3) | Kept CSAT at 98%
        4:5 list-item(2) | Trained new hires
        5:3 list-item(1) | Team lead

        """)
    }

    func testNestingIsRelativeToTheParentItemsContentColumn() throws {
        // "10. " puts the content at column 5, so a two-space indent is not enough to nest.
        let text = "10. Closed tickets\n  - Sibling\n1. Again\n   + Nested\n\t- Tab nested\n"
        XCTAssertEqual(try dump(text), """
        1:5 list-item(1) | Closed tickets
        2:5 list-item(1) | Sibling
        3:4 list-item(1) | Again
        4:6 list-item(2) | Nested
        5:4 list-item(2) | Tab nested

        """)
    }

    func testNumberedListsAcceptDotsAndParentheses() throws {
        XCTAssertEqual(try dump("1. Greeted guests\n2) Resolved complaints\n3. Closed the till\n"), """
        1:4 list-item(1) | Greeted guests
        2:4 list-item(1) | Resolved complaints
        3:4 list-item(1) | Closed the till

        """)
    }

    func testANumberOtherThanOneDoesNotInterruptAParagraph() throws {
        XCTAssertEqual(try dump("Joined the desk in\n2019. Promoted twice.\nSkills:\n- Zendesk\n"), """
        1:1 paragraph | Joined the desk in⏎2019. Promoted twice.⏎Skills:
        4:3 list-item(1) | Zendesk

        """)
    }

    func testTaskListBoxesAreStripped() throws {
        XCTAssertEqual(try dump("- [ ] Learn Zendesk\n- [x] Lead onboarding\n* [X] Mentor\n- [y] Not a box\n- [ ]\n"), """
        1:7 list-item(1) | Learn Zendesk
        2:7 list-item(1) | Lead onboarding
        3:7 list-item(1) | Mentor
        4:3 list-item(1) | [y] Not a box

        """)
    }

    func testAnEmptyItemHasNoTextForALazyLineToContinue() throws {
        XCTAssertEqual(try dump("-\nOwn paragraph\n\n-\n  Item text\n"), """
        2:1 paragraph | Own paragraph
        5:3 list-item(1) | Item text

        """)
    }

    func testLazyLinesContinueAListItem() throws {
        let document = try parse("- Handled returns for\na busy store\n  and its café\n- Next\n")
        XCTAssertEqual(document.debugDump(), """
        1:3 list-item(1) | Handled returns for⏎a busy store⏎and its café
        4:3 list-item(1) | Next

        """)
        XCTAssertEqual(location(of: "busy", in: document.blocks[0]), SourceLocation(line: 2, column: 3))
        XCTAssertEqual(location(of: "café", in: document.blocks[0]), SourceLocation(line: 3, column: 11))
    }

    // MARK: - Paragraphs and quotes

    func testConsecutiveLinesMergeIntoOneParagraph() throws {
        let document = try parse("Calm, patient and\nfriendly with customers.\n\nSecond paragraph.\n")
        XCTAssertEqual(document.debugDump(), """
        1:1 paragraph | Calm, patient and⏎friendly with customers.
        4:1 paragraph | Second paragraph.

        """)
        XCTAssertEqual(location(of: "customers", in: document.blocks[0]), SourceLocation(line: 2, column: 15))
    }

    func testBlockQuotesLoseTheirMarkers() throws {
        let text = "> \"Best support rep we had.\"\n> — Manager at Lumen\n>\n> - Quick\n>> Nested quote\n"
        XCTAssertEqual(try dump(text), """
        1:3 paragraph | "Best support rep we had."⏎— Manager at Lumen
        4:5 list-item(1) | Quick
        5:4 paragraph | Nested quote

        """)
    }

    // MARK: - Tables

    func testEveryTableCellBecomesABlockAtItsOwnColumn() throws {
        let text = """
        Skills overview
        | Skill | Years |
        |:------|:-----:|
        | Zendesk | **4** |
        | Live \\| chat |  |
        Not a row
        """
        let document = try parse(text)
        XCTAssertEqual(document.debugDump(), """
        1:1 paragraph | Skills overview
        2:3 table-cell(1) | Skill
        2:11 table-cell(1) | Years
        4:3 table-cell(1) | Zendesk
        4:15 table-cell(1) | 4
        5:3 table-cell(1) | Live | chat
        6:1 paragraph | Not a row

        """)
        XCTAssertEqual(document.blocks[5].location(atScalarOffset: 5), SourceLocation(line: 5, column: 9))
        XCTAssertEqual(location(of: "chat", in: document.blocks[5]), SourceLocation(line: 5, column: 11))
    }

    func testTablesWithoutOuterPipesEndAtABlankLine() throws {
        XCTAssertEqual(try dump("Name | Role\n--- | ---\nAna | Agent\n\nDone\n"), """
        1:1 table-cell(1) | Name
        1:8 table-cell(1) | Role
        3:1 table-cell(1) | Ana
        3:7 table-cell(1) | Agent
        5:1 paragraph | Done

        """)
    }

    func testADelimiterRowWithTheWrongCellCountMakesNoTable() throws {
        XCTAssertEqual(try dump("a | b\n|---|\n"), "1:1 paragraph | a | b⏎|---|\n")
    }

    // MARK: - Inline markup

    func testEmphasisStrongAndStrikethroughAreStripped() throws {
        let document = try parse("I **led** a _small_ team, __cut__ costs, ~~fired~~ ~kept~ ***helped*** people\n")
        XCTAssertEqual(document.debugDump(), "1:1 paragraph | I led a small team, cut costs, fired kept helped people\n")
        XCTAssertEqual(location(of: "people", in: document.blocks[0]), SourceLocation(line: 1, column: 72))
    }

    func testIntrawordUnderscoresLoneStarsAndUnmatchedDelimitersStay() throws {
        XCTAssertEqual(try dump("Used snake_case names, 5 * 3 = 15, **unclosed and ~~~three\n"),
                       "1:1 paragraph | Used snake_case names, 5 * 3 = 15, **unclosed and ~~~three\n")
    }

    func testEmphasisMaySpanLines() throws {
        XCTAssertEqual(try dump("*Kind to\ncustomers*\n"), "1:2 paragraph | Kind to⏎customers\n")
    }

    func testMarkupIsStrippedAndWordsKeepTheirSourceColumns() throws {
        let document = try parse("- **Led** a [team](http://x) of _five_\n")
        XCTAssertEqual(document.debugDump(), "1:5 list-item(1) | Led a team of five\n")
        XCTAssertEqual(location(of: "team", in: document.blocks[0]), SourceLocation(line: 1, column: 14))
        XCTAssertEqual(location(of: "five", in: document.blocks[0]), SourceLocation(line: 1, column: 34))
    }

    func testLinksAndImagesKeepOnlyTheirText() throws {
        let text = """
        [Portfolio](https://example.com/a "My work") ![logo](logo.png) [ref][r] [collapsed][] \
        <https://example.com/ana> <ana@example.com> [not a link] [x](<a b>)
        """
        XCTAssertEqual(try dump(text),
                       "1:2 paragraph | Portfolio logo ref collapsed https://example.com/ana ana@example.com [not a link] x\n")
    }

    func testNestedBracketsAndParenthesesInLinks() throws {
        let document = try parse("[Help [desk]](https://example.com/wiki/(x)) and ![*Ana*](a.png)\n")
        XCTAssertEqual(document.debugDump(), "1:2 paragraph | Help [desk] and Ana\n")
        XCTAssertEqual(location(of: "Ana", in: document.blocks[0]), SourceLocation(line: 1, column: 52))
    }

    func testInlineCodeKeepsItsContentVerbatim() throws {
        let document = try parse("Wrote `**SQL** &amp; \\*` and ``a ` b`` but `unclosed\n")
        XCTAssertEqual(document.debugDump(), "1:1 paragraph | Wrote **SQL** &amp; \\* and a ` b but `unclosed\n")
        XCTAssertEqual(location(of: "SQL", in: document.blocks[0]), SourceLocation(line: 1, column: 10))
    }

    func testBackslashEscapesKeepTheEscapedCharacter() throws {
        let document = try parse("\\*not emphasis\\* at 100\\% \\[x] C:\\Users\n")
        XCTAssertEqual(document.debugDump(), "1:2 paragraph | *not emphasis* at 100% [x] C:\\Users\n")
        XCTAssertEqual(location(of: "100", in: document.blocks[0]), SourceLocation(line: 1, column: 21))
    }

    func testHardBreaksDropTheTrailingBackslashOrSpaces() throws {
        XCTAssertEqual(try dump("Line one\\\nLine two  \nLine three\\\n"), "1:1 paragraph | Line one⏎Line two⏎Line three\\\n")
    }

    func testEntitiesBecomeTheCharactersTheyName() throws {
        let document = try parse("Tom &amp; Jerry&nbsp;Inc &lt;3 &quot;q&quot; it&#39;s &#x263A; &unknown; AT&T\n")
        XCTAssertEqual(document.debugDump(), "1:1 paragraph | Tom & Jerry Inc <3 \"q\" it's ☺ &unknown; AT&T\n")
        XCTAssertEqual(location(of: "Inc", in: document.blocks[0]), SourceLocation(line: 1, column: 22))
    }

    func testTabsInTextBecomeSpaces() throws {
        XCTAssertEqual(try dump("Calm\tand\tkind\n"), "1:1 paragraph | Calm and kind\n")
    }

    // MARK: - Encodings and robustness

    func testCRLFLineEndsAreHandled() throws {
        let document = try parse("# Ana\r\n\r\n- One\r\n- Two\r\n  wrapped\r\n")
        XCTAssertEqual(document.debugDump(), """
        1:3 heading(1) | Ana
        3:3 list-item(1) | One
        4:3 list-item(1) | Two⏎wrapped

        """)
        XCTAssertEqual(location(of: "wrapped", in: document.blocks[2]), SourceLocation(line: 5, column: 3))
    }

    func testWindows1252BytesAreDecodedWithAWarning() throws {
        let bytes: [UInt8] = Array("## Caf".utf8) + [0xE9, 0x20, 0x93] + Array("star".utf8) + [0x94, 0x0A]
        let document = try MarkdownParser().parse(bytes)
        XCTAssertEqual(document.format, .md)
        XCTAssertEqual(document.debugDump(), "1:4 heading(2) | Café “star”\n")
        XCTAssertEqual(document.warnings, ["not valid UTF-8; read as Windows-1252"])
    }

    func testEveryKeptScalarPointsAtItselfInTheSource() throws {
        let text = """
        ---
        name: Rosa Lindqvist
        ---
        # Rosa *Lindqvist* <!-- draft -->
        **Support lead** · [rosa@example.com](mailto:rosa@example.com) · Malmö

        ## Experience
        1. Ran a __12-person__ help desk at `Nordvik AB`
           - Cut backlog by ~~40%~~ **55%** in 2023\\
             using [macros][m] and <https://example.com/kb>
        - [x] Kept CSAT &gt; 95%

        | Tool | Use |
        |------|-----|
        | *Zendesk* | triage |

        > “Rosa calms *every* caller.”

        [m]: https://example.com/macros
        """
        let lines = SourceLine.split(text)
        let document = try parse(text)
        XCTAssertEqual(document.debugDump(), """
        4:3 heading(1) | Rosa Lindqvist
        5:3 paragraph | Support lead · rosa@example.com · Malmö
        7:4 heading(2) | Experience
        8:4 list-item(1) | Ran a 12-person help desk at Nordvik AB
        9:6 list-item(2) | Cut backlog by 40% 55% in 2023⏎using macros and https://example.com/kb
        11:7 list-item(1) | Kept CSAT > 95%
        13:3 table-cell(1) | Tool
        13:10 table-cell(1) | Use
        15:4 table-cell(1) | Zendesk
        15:15 table-cell(1) | triage
        17:3 paragraph | “Rosa calms every caller.”

        """)
        for block in document.blocks {
            for (offset, scalar) in block.text.unicodeScalars.enumerated() where scalar != "\n" {
                let location = block.location(atScalarOffset: offset)
                let source = lines[location.line - 1].scalars[location.column - 1]
                // Entities are the one place where a kept scalar differs from what the file holds.
                XCTAssertTrue(source == scalar || (scalar == ">" && source == "&"), "\(scalar) at \(location) in \(block.text)")
            }
        }
    }

    func testAdversarialInputsReturnQuickly() throws {
        let inputs = [
            String(repeating: "[", count: 10_000),
            String(repeating: "*", count: 10_000),
            String(repeating: "*a ", count: 10_000),
            String(repeating: "[a](", count: 5_000),
            String(repeating: "[](", count: 3_000) + String(repeating: "()", count: 3_000),
            String(repeating: "![", count: 5_000) + String(repeating: "]", count: 5_000),
            String(repeating: "`", count: 5_000) + " " + (1...150).map { String(repeating: "`", count: $0) }.joined(separator: " "),
            String(repeating: "<a ", count: 5_000),
            String(repeating: "&#", count: 5_000),
            String(repeating: "_a*", count: 5_000),
            String(repeating: "> ", count: 5_000) + "deep",
            (0..<1_000).map { String(repeating: " ", count: $0 * 2) + "- item" }.joined(separator: "\n"),
            String(repeating: "<!--", count: 5_000),
            "```\n" + String(repeating: "code\n", count: 5_000),
            String(repeating: "| a ", count: 2_000) + "\n" + String(repeating: "|---", count: 2_000),
        ]
        for input in inputs {
            let start = ContinuousClock.now
            _ = try parse(input)
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(3), "slow on input starting \(input.prefix(20))")
        }
    }
}
