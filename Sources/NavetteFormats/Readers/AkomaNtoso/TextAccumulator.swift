/// Text of mixed-content markup (Akoma Ntoso `p`, LEGI `CONTENU` HTML) gathered into alinéas.
///
/// XML whitespace (space, tab, CR, LF) is layout, not text: each run becomes one space and the ends
/// are trimmed. Everything else is kept exactly (no-break spaces U+00A0 and U+202F, ’, « », –).
/// Pretty-printed sources break lines at inline element boundaries where the printed text had no
/// space (`613-\n<i>bis</i>`, `All\n<u>’</u>articolo`), so a run that holds a line break is dropped
/// when it sits between characters that never take a space there (see `joins`).
struct TextAccumulator {
    /// UTF-8 of the text so far (appending bytes is much cheaper than appending scalars).
    private var bytes: [UInt8] = []
    /// Offsets in `bytes` where the last two non-space scalars start, for `joins`.
    private var lastStart = -1
    private var beforeLastStart = -1
    private var pendingSpace = false
    /// The pending whitespace holds a line break and no space before it (a space written before
    /// the break, on the text's own line, is a real one).
    private var pendingBreak = false

    /// The text was preceded by a space written on its own line (not a pretty-printing line break).
    private(set) var leadingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends a text node of a `NodeTable`, read in place.
    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends text given as UTF-8.
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < buffer.count {
            switch buffer[index] {
            case 0x20, 0x09:
                if !pendingSpace { pendingBreak = false }
                if bytes.isEmpty && !pendingSpace { leadingSpace = true }
                pendingSpace = true
                index += 1
            case 0x0A, 0x0D:
                if !pendingSpace { pendingBreak = true }
                pendingSpace = true
                index += 1
            default:
                index = appendRun(buffer, from: index)
            }
        }
    }

    /// Appends the run that starts at `start` (a scalar's first byte, as whitespace is ASCII) in one
    /// copy, and returns where it ends. The run goes on over single spaces between two non-space
    /// bytes, which the text keeps as they are: most text nodes are then one copy, not one per word.
    private mutating func appendRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start + 1
        while end < buffer.count {
            let byte = buffer[end]
            if byte == 0x20, end + 1 < buffer.count, !TextAccumulator.isLayout(buffer[end + 1]) {
                end += 2
                continue
            }
            if TextAccumulator.isLayout(byte) { break }
            end += 1
        }
        if pendingSpace && !bytes.isEmpty
            && !(pendingBreak && joinsBefore(TextAccumulator.scalar(in: buffer, at: start)))
        {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingBreak = false
        let base = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        // The starts of the run's last two non-space scalars, found from its end.
        var last = -1
        var beforeLast = -1
        var index = end
        while beforeLast < 0 && index > start {
            index -= 1
            let byte = buffer[index]
            guard byte & 0xC0 != 0x80, byte != 0x20 else { continue }
            if last < 0 { last = base + index - start } else { beforeLast = base + index - start }
        }
        beforeLastStart = beforeLast >= 0 ? beforeLast : lastStart
        lastStart = last
        return end
    }

    /// XML white space: layout, not text.
    private static func isLayout(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A printed line end inside a paragraph (`eol`): a plain space.
    mutating func space() {
        pendingSpace = true
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    private func joinsBefore(_ next: Unicode.Scalar) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let earlier = beforeLastStart >= 0 ? TextAccumulator.scalar(in: buffer, at: beforeLastStart) : nil
            return TextAccumulator.joins(earlier, TextAccumulator.scalar(in: buffer, at: lastStart), next)
        }
    }

    /// The scalar whose UTF-8 starts at `index` (the text is valid UTF-8).
    private static func scalar(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = buffer[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let (count, bits): (Int, UInt8) = lead >= 0xF0 ? (3, 0x07) : lead >= 0xE0 ? (2, 0x0F) : (1, 0x1F)
        var value = UInt32(lead & bits)
        for offset in 1...count where index + offset < buffer.count {
            value = value << 6 | UInt32(buffer[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// True when a line break between `before` and `after` stands for no space at all: after an
    /// apostrophe, an opening sign or a word's hyphen (`613-bis`), before closing punctuation.
    static func joins(_ earlier: Unicode.Scalar?, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        switch before {
        case "’", "'", "«", "(", "[", "/": return true
        case "-": return earlier.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false
        default: break
        }
        switch after {
        case "’", "'", ".", ",", ";", ")", "]", "»": return true
        case "-": return before.properties.isAlphabetic || ("0"..."9").contains(before)
        default: return false
        }
    }

    /// Collapses layout whitespace of a short text (a number, a heading) on one line.
    static func collapse(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(text)
        return accumulator.text
    }

    /// Collapses the text of a node of `page` and its descendants (appended text node by text node,
    /// which gives what appending their concatenation gives).
    static func collapse(_ node: Int, in page: NodeTable) -> String {
        var accumulator = TextAccumulator()
        for index in node..<page.end(node) where !page.isElement(index) {
            accumulator.append(page.bytes(ofText: index))
        }
        return accumulator.text
    }
}
