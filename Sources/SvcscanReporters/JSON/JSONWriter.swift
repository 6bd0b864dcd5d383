/// Writes JSON as UTF-8 bytes, byte for byte as Foundation's `JSONEncoder` does with
/// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when `pretty`), without
/// `Codable`'s boxing: `JSONEncoder` took about 2.2 M instructions per résumé's JSON Lines
/// record, this about 0.25 M.
///
/// The caller writes each object's keys in sorted order (UTF-8 byte order, as `.sortedKeys`;
/// debug builds check it) and omits absent optionals, as synthesized `Encodable` does.
/// `JSONWriterTests` compares the output with `JSONEncoder` on tricky values.
///
/// The output grows in a buffer of its own rather than a `[UInt8]`, whose uniqueness and
/// capacity checks on every append cost more than the writing.
struct JSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Indented layout: two spaces per level, `"key" : value`, empty containers as `[\n\n]`.
    let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// True right after a container opens, before its first element.
    private var atFirstElement = false
    /// True between a key and its value.
    private var afterKey = false
    #if DEBUG
    /// The last key written in each open container, to catch keys written out of order.
    private var lastKeys: [String] = []
    #endif

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The output as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }

    /// Ends the output line after the top-level value.
    mutating func newline() {
        append(UInt8(ascii: "\n"))
    }

    /// Writes `{`, lets `body` write the members (`member(_:_:)`, or `key(_:)` then a value) in
    /// sorted key order, then `}`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes `[`, lets `body` write the elements, then `]`.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes an array with one element per item.
    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONWriter, Items.Element) -> Void) {
        array { json in
            for item in items { element(&json, item) }
        }
    }

    /// Starts an object member named by a literal of plain ASCII (no `"`, `\` or control
    /// characters, so nothing to escape); the next value written is its value.
    mutating func key(_ name: StaticString) {
        checkOrder(of: name.description)
        startElement()
        append(UInt8(ascii: "\""))
        name.withUTF8Buffer { append($0) }
        append(UInt8(ascii: "\""))
        separateValue()
    }

    /// Writes a dictionary as an object, its keys escaped and sorted in UTF-8 byte order as
    /// `.sortedKeys` sorts them; `value` writes each member's value.
    mutating func object<Value>(_ members: [String: Value], _ value: (inout JSONWriter, Value) -> Void) {
        object { json in
            for (name, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.checkOrder(of: name)
                json.startElement()
                json.quoted(name)
                json.separateValue()
                value(&json, member)
            }
        }
    }

    /// A member with a string value.
    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// A member with an integer value.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        number(value)
    }

    /// A member with a number value.
    mutating func member(_ name: StaticString, _ value: Double) {
        key(name)
        number(value)
    }

    /// A member with a boolean value.
    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A string, escaped as `JSONEncoder` does: `"` `\` and the C0 controls (`\b \t \n \f \r`,
    /// otherwise `\u00XX` in lowercase hex); `/`, DEL and non-ASCII pass through as UTF-8.
    mutating func string(_ value: String) {
        beginValue()
        quoted(value)
    }

    private mutating func quoted(_ value: String) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { quoted($0) }
        if done == nil {
            // Bridged strings have no contiguous UTF-8 until copied.
            var value = value
            value.withUTF8 { quoted($0) }
        }
    }

    private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        var runStart = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case 0x08: append(UInt8(ascii: "b"))
            case 0x09: append(UInt8(ascii: "t"))
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0C: append(UInt8(ascii: "f"))
            case 0x0D: append(UInt8(ascii: "r"))
            default:
                append("u00")
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0xF))
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        append(UInt8(ascii: "\""))
    }

    /// An integer in decimal.
    mutating func number(_ value: Int) {
        beginValue()
        if value < 0 { append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor != 0
    }

    /// A finite double as Swift prints it, without a trailing `.0` (`20`, `69.5`, `1e+16`), as
    /// `JSONEncoder` does. Scores are never infinite or NaN; `null` keeps the output valid if one were.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        beginValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { append($0) }
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) {
        beginValue()
        append(value ? "true" : "false")
    }

    /// `null`.
    mutating func null() {
        beginValue()
        append("null")
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        append(bracket)
        if pretty { append(UInt8(ascii: "\n")) }
        depth += 1
        atFirstElement = true
        #if DEBUG
        lastKeys.append("")
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if pretty {
            append(UInt8(ascii: "\n"))
            indent()
        }
        append(bracket)
        // The container just closed is an element of the enclosing one.
        atFirstElement = false
    }

    /// Writes the separator between a key and its value.
    private mutating func separateValue() {
        afterKey = true
        if pretty {
            append(UInt8(ascii: " "))
            append(UInt8(ascii: ":"))
            append(UInt8(ascii: " "))
        } else {
            append(UInt8(ascii: ":"))
        }
    }

    /// In debug builds, stops at a key written out of sorted order, which `JSONEncoder`'s
    /// `.sortedKeys` would have put elsewhere.
    private mutating func checkOrder(of name: @autoclosure () -> String) {
        #if DEBUG
        let name = name()
        assert(lastKeys[lastKeys.count - 1].utf8.lexicographicallyPrecedes(name.utf8), "key \(name) is out of order")
        lastKeys[lastKeys.count - 1] = name
        #endif
    }

    /// Separates an array element from the one before; an object member's value follows its key.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startElement()
        }
    }

    private mutating func startElement() {
        if atFirstElement {
            atFirstElement = false
        } else {
            append(UInt8(ascii: ","))
            if pretty { append(UInt8(ascii: "\n")) }
        }
        if pretty { indent() }
    }

    private mutating func indent() {
        for _ in 0..<depth { append("  ") }
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        reserve(source.count)
        (storage + count).initialize(from: base, count: source.count)
        count += source.count
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Makes room for `extra` more bytes, at least doubling the buffer when it grows.
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(count + extra, 2 * capacity)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = grown
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
