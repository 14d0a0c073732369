/// The texts a dispositif quotes between « and », in the order they close. A quotation nested in
/// another (`« 1° … les mots : « x » ; »`) is given alone and again inside its parent.
public enum Quotations {
    public struct Quotation: Sendable, Hashable {
        /// The quoted text, untrimmed.
        public var text: String
        /// Where its opening « stands.
        public var start: String.Index
        /// True when it closes inside another quotation.
        public var nested: Bool
    }

    public static func scan(_ text: String) -> [Quotation] {
        var result: [Quotation] = []
        var open: [(start: String.Index, value: String)] = []
        for index in text.indices {
            let character = text[index]
            if character == "«" {
                open.append((index, ""))
            } else if character == "»", let last = open.popLast() {
                result.append(Quotation(text: last.value, start: last.start, nested: !open.isEmpty))
                if !open.isEmpty { open[open.count - 1].value += "«" + last.value + "»" }
            } else if !open.isEmpty {
                open[open.count - 1].value.append(character)
            }
        }
        return result
    }
}
