/// Removes inline Markdown markup from the text of one block and hands what is left to a
/// `BlockBuilder`, each kept scalar with its own source position.
///
/// It follows the CommonMark inline algorithm in one left-to-right pass: backslash escapes, code
/// spans, autolinks, raw HTML and entities are settled where they start, while brackets and
/// emphasis delimiters go on stacks and are paired later. Markup is never deleted from the
/// scalars; it is only marked as dropped, so positions need no bookkeeping.
struct MarkdownInlineStripper {
    /// How deeply brackets may nest before further `[` count as text; bounds the bracket stack.
    static let maximumBracketDepth = 32
    /// Longest `(destination "title")` or `[label]` looked at after a `]`; bounds the work of
    /// each bracket so parsing stays linear.
    static let maximumLinkTailLength = 1024

    /// Strips the markup from `scalars` (the lines of one block, joined with
    /// `MarkdownScalar.lineBreak` entries) and appends the remaining text to `builder`. Leading
    /// and trailing blanks of each line are left out; tabs become spaces.
    static func append(_ scalars: [MarkdownScalar], to builder: inout BlockBuilder) {
        var stripper = MarkdownInlineStripper(scalars)
        stripper.scan()
        stripper.emit(to: &builder)
    }

    private struct Delimiter {
        var character: Unicode.Scalar
        /// Index of the first scalar of the run still unpaired.
        var start: Int
        /// Scalars of the run still unpaired.
        var count: Int
        /// Length of the run as written, which the "rule of three" looks at.
        let originalCount: Int
        let canOpen: Bool
        let canClose: Bool
        var previous: Int?
        var next: Int?
    }

    private struct Bracket {
        var index: Int
        var isImage: Bool
        /// False once a link formed after it: links may not contain links.
        var isActive = true
        /// Number of delimiters pushed before this bracket; emphasis inside a link pairs only
        /// among delimiters from here on.
        var delimiterBottom: Int
    }

    private let scalars: [MarkdownScalar]
    private var dropped: [Bool]
    /// Scalars that an entity reference stands for, keyed by the index of its `&`.
    private var replacements: [Int: Unicode.Scalar] = [:]
    private var delimiters: [Delimiter] = []
    private var lastDelimiter: Int?
    private var brackets: [Bracket] = []
    private var backtickRuns: BacktickRuns

    private init(_ scalars: [MarkdownScalar]) {
        self.scalars = scalars
        dropped = Array(repeating: false, count: scalars.count)
        backtickRuns = BacktickRuns(scalars)
    }

    private mutating func scan() {
        var index = 0
        while index < scalars.count {
            switch scalars[index].scalar {
            case "\\":
                index = escape(at: index)
            case "`":
                index = codeSpan(at: index)
            case "<":
                index = angleBracket(at: index)
            case "&":
                if let entity = MarkdownEntity.decode(in: scalars, at: index) {
                    replacements[index] = entity.scalar
                    drop(index + 1..<index + entity.length)
                    index += entity.length
                } else {
                    index += 1
                }
            case "*", "_", "~":
                index = delimiterRun(at: index)
            case "!" where index + 1 < scalars.count && scalars[index + 1].scalar == "[":
                pushBracket(at: index, isImage: true)
                index += 2
            case "[":
                pushBracket(at: index, isImage: false)
                index += 1
            case "]":
                index = closeBracket(at: index)
            default:
                index += 1
            }
        }
        processEmphasis(above: 0)
    }

    // MARK: - Escapes, code, HTML

    private mutating func escape(at index: Int) -> Int {
        guard index + 1 < scalars.count else { return index + 1 }
        let next = scalars[index + 1]
        if next.isLineBreak {
            // A backslash ending a line is a hard line break, which we already keep as `\n`.
            dropped[index] = true
            return index + 1
        }
        guard Self.isASCIIPunctuation(next.scalar) else { return index + 1 }
        dropped[index] = true
        return index + 2
    }

    private mutating func codeSpan(at index: Int) -> Int {
        var length = 0
        while index + length < scalars.count, scalars[index + length].scalar == "`" { length += 1 }
        guard let closing = backtickRuns.nextRun(ofLength: length, after: index + length) else {
            // No closing run of the same length: the backticks are literal.
            return index + length
        }
        drop(index..<index + length)
        drop(closing..<closing + length)
        return closing + length
    }

    private mutating func angleBracket(at index: Int) -> Int {
        if let length = MarkdownHTML.autolinkLength(in: scalars, at: index) {
            dropped[index] = true
            dropped[index + length - 1] = true
            return index + length
        }
        if let tag = MarkdownHTML.tag(in: scalars, at: index) {
            let end = index + tag.length
            drop(index..<end)
            let spaced = (index > 0 && scalars[index - 1].scalar.properties.isWhitespace)
                || (end < scalars.count && scalars[end].scalar.properties.isWhitespace)
            if tag.separatesWords, !spaced {
                // `line<br>next` must still read as two words; the space takes the tag's place.
                dropped[index] = false
                replacements[index] = " "
            }
            return end
        }
        return index + 1
    }

    // MARK: - Links and images

    private mutating func pushBracket(at index: Int, isImage: Bool) {
        // Past the depth limit a bracket is plain text, which keeps the work per `]` bounded.
        guard brackets.count < Self.maximumBracketDepth else { return }
        brackets.append(Bracket(index: index, isImage: isImage, delimiterBottom: delimiters.count))
    }

    private mutating func closeBracket(at index: Int) -> Int {
        guard let opener = brackets.popLast() else { return index + 1 }
        guard opener.isActive, let end = inlineLinkEnd(after: index) ?? referenceEnd(after: index) else {
            return index + 1
        }
        drop(opener.index..<opener.index + (opener.isImage ? 2 : 1))
        drop(index..<end)
        processEmphasis(above: opener.delimiterBottom)
        if !opener.isImage {
            for position in brackets.indices where !brackets[position].isImage {
                brackets[position].isActive = false
            }
        }
        return end
    }

    /// The index just past `(destination "title")` following the `]` at `close`, or nil.
    private func inlineLinkEnd(after close: Int) -> Int? {
        var index = close + 1
        guard index < scalars.count, scalars[index].scalar == "(" else { return nil }
        let limit = min(scalars.count, index + Self.maximumLinkTailLength)
        index += 1
        skipBlanks(&index, limit: limit)
        guard index < limit else { return nil }
        if scalars[index].scalar == ")" { return index + 1 }
        if scalars[index].scalar == "<" {
            index += 1
            while index < limit, scalars[index].scalar != ">" {
                if scalars[index].isLineBreak || scalars[index].scalar == "<" { return nil }
                index += scalars[index].scalar == "\\" ? 2 : 1
            }
            guard index < limit else { return nil }
            index += 1
        } else {
            var depth = 0
            scanning: while index < limit {
                let scalar = scalars[index].scalar
                switch scalar {
                case "\\":
                    index += 2
                    continue scanning
                case "(":
                    depth += 1
                    // CommonMark lets implementations cap parenthesis nesting; 32 is plenty.
                    guard depth <= Self.maximumBracketDepth else { return nil }
                case ")":
                    if depth == 0 { break scanning }
                    depth -= 1
                default:
                    if scalar.properties.isWhitespace || scalar.value < 0x20 { break scanning }
                }
                index += 1
            }
            guard depth == 0 else { return nil }
        }
        let destinationEnd = index
        skipBlanks(&index, limit: limit)
        if index > destinationEnd, index < limit, let closer = Self.titleCloser(for: scalars[index].scalar) {
            index += 1
            while index < limit, scalars[index].scalar != closer {
                if closer == ")", scalars[index].scalar == "(" { return nil }
                index += scalars[index].scalar == "\\" ? 2 : 1
            }
            guard index < limit else { return nil }
            index += 1
            skipBlanks(&index, limit: limit)
        }
        guard index < limit, scalars[index].scalar == ")" else { return nil }
        return index + 1
    }

    /// The index just past `[label]` or `[]` following the `]` at `close`, or nil. Labels are not
    /// checked against definitions: either way the link text is what a reader sees.
    private func referenceEnd(after close: Int) -> Int? {
        var index = close + 1
        guard index < scalars.count, scalars[index].scalar == "[" else { return nil }
        let limit = min(scalars.count, index + Self.maximumLinkTailLength)
        index += 1
        while index < limit, scalars[index].scalar != "]" {
            if scalars[index].scalar == "[" { return nil }
            index += scalars[index].scalar == "\\" ? 2 : 1
        }
        return index < limit ? index + 1 : nil
    }

    private func skipBlanks(_ index: inout Int, limit: Int) {
        while index < limit, scalars[index].scalar.properties.isWhitespace { index += 1 }
    }

    private static func titleCloser(for opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "\"": "\""
        case "'": "'"
        case "(": ")"
        default: nil
        }
    }

    // MARK: - Emphasis and strikethrough

    private mutating func delimiterRun(at index: Int) -> Int {
        let character = scalars[index].scalar
        var end = index
        while end < scalars.count, scalars[end].scalar == character { end += 1 }
        let count = end - index
        // GitHub strikethrough uses one or two tildes; longer runs are text.
        if character == "~", count > 2 { return end }
        let before = index > 0 ? scalars[index - 1].scalar : " "
        let after = end < scalars.count ? scalars[end].scalar : " "
        let beforeIsSpace = before.properties.isWhitespace, afterIsSpace = after.properties.isWhitespace
        let beforeIsPunctuation = Self.isPunctuation(before), afterIsPunctuation = Self.isPunctuation(after)
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        let canOpen: Bool, canClose: Bool
        if character == "_" {
            // Intraword underscores (snake_case) neither open nor close.
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        guard canOpen || canClose else { return end }
        let position = delimiters.count
        delimiters.append(Delimiter(character: character, start: index, count: count, originalCount: count,
                                    canOpen: canOpen, canClose: canClose, previous: lastDelimiter, next: nil))
        if let last = lastDelimiter { delimiters[last].next = position }
        lastDelimiter = position
        return end
    }

    /// Pairs the delimiters at positions `bottom` and above, drops the paired scalars, then
    /// removes all those delimiters from the stack (CommonMark's "process emphasis").
    private mutating func processEmphasis(above bottom: Int) {
        var first: Int?
        var cursor = lastDelimiter
        while let position = cursor, position >= bottom {
            first = position
            cursor = delimiters[position].previous
        }
        // Lowest opener position worth searching, per delimiter kind, so that each search
        // resumes where an earlier one failed instead of rescanning.
        var openersBottom: [Int: Int] = [:]
        var closerPosition = first
        while let closer = closerPosition {
            guard delimiters[closer].canClose else {
                closerPosition = delimiters[closer].next
                continue
            }
            let key = openersBottomKey(delimiters[closer])
            let floor = max(bottom, openersBottom[key] ?? bottom)
            var openerPosition = delimiters[closer].previous
            while let opener = openerPosition, opener >= floor, !canPair(opener: delimiters[opener], closer: delimiters[closer]) {
                openerPosition = delimiters[opener].previous
            }
            guard let opener = openerPosition, opener >= floor else {
                openersBottom[key] = closer
                let next = delimiters[closer].next
                if !delimiters[closer].canOpen { unlink(closer) }
                closerPosition = next
                continue
            }
            let used: Int
            if delimiters[closer].character == "~" {
                used = delimiters[closer].count
            } else {
                used = delimiters[closer].count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
            }
            let openerEnd = delimiters[opener].start + delimiters[opener].count
            drop(openerEnd - used..<openerEnd)
            drop(delimiters[closer].start..<delimiters[closer].start + used)
            delimiters[opener].count -= used
            delimiters[closer].count -= used
            delimiters[closer].start += used
            var between = delimiters[opener].next
            while let position = between, position != closer {
                between = delimiters[position].next
                unlink(position)
            }
            if delimiters[opener].count == 0 { unlink(opener) }
            if delimiters[closer].count == 0 {
                let next = delimiters[closer].next
                unlink(closer)
                closerPosition = next
            }
        }
        while let last = lastDelimiter, last >= bottom { unlink(last) }
    }

    private func canPair(opener: Delimiter, closer: Delimiter) -> Bool {
        guard opener.character == closer.character, opener.canOpen else { return false }
        if closer.character == "~" { return opener.count == closer.count }
        // CommonMark's rule of three: `*foo**bar*` must not pair the `**` with a `*`.
        if opener.canClose || closer.canOpen, (opener.originalCount + closer.originalCount) % 3 == 0,
           !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0) {
            return false
        }
        return true
    }

    private func openersBottomKey(_ closer: Delimiter) -> Int {
        let kind = closer.character == "*" ? 0 : closer.character == "_" ? 1 : 2
        let length = closer.character == "~" ? closer.count : closer.originalCount % 3
        return kind * 8 + (closer.canOpen ? 4 : 0) + length
    }

    private mutating func unlink(_ position: Int) {
        let previous = delimiters[position].previous, next = delimiters[position].next
        if let previous { delimiters[previous].next = next }
        if let next { delimiters[next].previous = previous } else { lastDelimiter = previous }
        delimiters[position].previous = nil
        delimiters[position].next = nil
    }

    // MARK: - Output

    private mutating func drop(_ range: Range<Int>) {
        for index in range where index < dropped.count { dropped[index] = true }
    }

    private func emit(to builder: inout BlockBuilder) {
        // Blanks are held back until text follows on the same line, so that markup removed at
        // a line's edge (`**Led** ` or `<br>`) leaves no stray spaces behind.
        var heldBlanks: [MarkdownScalar] = []
        var lineBreakIsDue = false
        for index in scalars.indices where !dropped[index] {
            var scalar = scalars[index]
            if scalar.isLineBreak {
                heldBlanks.removeAll()
                lineBreakIsDue = !builder.isEmpty
                continue
            }
            if let replacement = replacements[index] { scalar.scalar = replacement }
            if scalar.scalar == "\t" { scalar.scalar = " " }
            if scalar.scalar.properties.isWhitespace {
                if !builder.isEmpty && !lineBreakIsDue { heldBlanks.append(scalar) }
                continue
            }
            if lineBreakIsDue {
                builder.appendLineBreak()
                lineBreakIsDue = false
            }
            for blank in heldBlanks { builder.append(blank.scalar, at: blank.location) }
            heldBlanks.removeAll()
            builder.append(scalar.scalar, at: scalar.location)
        }
    }

    /// The maximal backtick runs of a block by length, to find a code span's closing run in
    /// amortised constant time instead of rescanning the rest of the block for every opener.
    private struct BacktickRuns {
        private var startsByLength: [Int: [Int]] = [:]
        private var cursors: [Int: Int] = [:]

        init(_ scalars: [MarkdownScalar]) {
            var index = 0
            while index < scalars.count {
                guard scalars[index].scalar == "`" else {
                    index += 1
                    continue
                }
                let start = index
                while index < scalars.count, scalars[index].scalar == "`" { index += 1 }
                startsByLength[index - start, default: []].append(start)
            }
        }

        /// The start of the first run of exactly `length` backticks at or after `position`.
        /// Successive calls must pass non-decreasing positions, as a left-to-right scan does.
        mutating func nextRun(ofLength length: Int, after position: Int) -> Int? {
            guard let starts = startsByLength[length] else { return nil }
            var cursor = cursors[length] ?? 0
            while cursor < starts.count, starts[cursor] < position { cursor += 1 }
            cursors[length] = cursor
            return cursor < starts.count ? starts[cursor] : nil
        }
    }

    // MARK: - Character classes

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// CommonMark's Unicode punctuation: general categories P and S.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
