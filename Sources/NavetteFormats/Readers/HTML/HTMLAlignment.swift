/// Reads the alignment an HTML element declares (`<center>`, `align=`, `style="text-align: …"`).
///
/// Asked of every block element of a page: the usual all-ASCII values are read on their bytes, by
/// interned names; any other value takes the string path, which gives the same answers.
struct HTMLAlignment {
    private let center: Int?
    private let align: Int?
    private let style: Int?

    init(_ page: NodeTable) {
        center = page.nameID("center")
        align = page.nameID("align")
        style = page.nameID("style")
    }

    /// True for centered, false for another explicit alignment, nil when the element does not say.
    func of(_ element: Int, in page: NodeTable) -> Bool? {
        if let center, page.nameIndex(of: element) == center { return true }
        let alignValue = align.flatMap { page.attributeBytes(id: $0, of: element) }
        let styleValue = style.flatMap { page.attributeBytes(id: $0, of: element) }
        if alignValue == nil && styleValue == nil { return nil }
        guard alignValue?.allSatisfy({ $0 < 0x80 }) ?? true, styleValue?.allSatisfy({ $0 < 0x80 }) ?? true else {
            return Self.fromStrings(
                align: alignValue.map { String(decoding: $0, as: UTF8.self) },
                style: styleValue.map { String(decoding: $0, as: UTF8.self) })
        }
        var value = alignValue.map { ArraySlice(ByteSearch.asciiLowercased($0)) }
        if let styleValue {
            let lower = ByteSearch.asciiLowercased(styleValue)
            if let end = Self.end(of: Array("text-align".utf8), in: lower) {
                let rest = lower[end...].drop { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
                value = rest.prefix { ($0 >= 0x61 && $0 <= 0x7A) }
            }
        }
        guard let value, !value.isEmpty else { return nil }
        return value.elementsEqual("center".utf8)
    }

    /// The index after the first occurrence of `pattern` in `bytes`.
    private static func end(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return start + pattern.count }
        }
        return nil
    }

    /// The general rule, on strings (values holding non-ASCII characters).
    static func fromStrings(align: String?, style: String?) -> Bool? {
        var value = align?.lowercased()
        if let style = style?.lowercased(), let range = style.range(of: "text-align") {
            value = String(style[range.upperBound...].drop { $0 == ":" || $0 == " " }.prefix { $0.isLetter })
        }
        guard let value, !value.isEmpty else { return nil }
        return value == "center"
    }
}
