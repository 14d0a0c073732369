/// Applies the dispositifs of several amendments to one article, in order.
///
/// A sub-amendment (`Amendement n° 78 rectifié, alinéa 9 …`) changes its amendment's dispositif, not
/// the article: it is applied first to the paragraphs of that amendment, which is then read again.
public enum AmendmentSequence {
    public struct Amendment: Sendable, Hashable, Codable {
        /// The amendment's name as given (file name or number: `amendement_CL357`, `COM-14`).
        public var name: String
        public var dispositif: String

        public init(name: String, dispositif: String) {
            self.name = name
            self.dispositif = dispositif
        }
    }

    public struct Applied: Sendable, Hashable, Codable {
        public var name: String
        public var dispositif: Dispositif
        public var results: [EditResult]
        /// For a sub-amendment, the amendment it was applied to (nil when that was not found).
        public var appliedTo: String?
        /// An amendment identical to one applied before it (same edits) is not applied twice.
        public var identicalTo: String?
    }

    public struct Outcome: Sendable, Hashable, Codable {
        public var alineas: [String]
        public var amendments: [Applied]
    }

    public static func apply(_ amendments: [Amendment], to alineas: [String]) -> Outcome {
        var texts = amendments.map(\.dispositif)
        var applied: [Applied?] = Array(repeating: nil, count: amendments.count)
        let article = compact(alineas.joined(separator: " "))
        let parsed = amendments.map { DispositifParser.parse($0.dispositif) }
        for (index, amendment) in amendments.enumerated() {
            let dispositif = parsed[index]
            let implicit =
                dispositif.parent == nil
                ? implicitParent(of: dispositif, at: index, in: amendments, article: article) : nil
            guard let parent = dispositif.parent ?? implicit.map({ amendments[$0].name }) else { continue }
            guard
                let target = implicit
                    ?? amendments.indices.first(where: { $0 != index && sameNumber(amendments[$0].name, parent) })
            else {
                let results = dispositif.edits.map {
                    EditResult(
                        edit: $0, outcome: .failed(.aimsAtAmendment),
                        detail: "amendment \(parent) is not among those given")
                }
                applied[index] = Applied(name: amendment.name, dispositif: dispositif, results: results, appliedTo: nil)
                continue
            }
            var editor = ArticleEditor(alineas: DispositifText.paragraphs(texts[target]))
            let results = editor.apply(dispositif.edits)
            texts[target] = editor.texts.joined(separator: "\n\n")
            applied[index] = Applied(
                name: amendment.name, dispositif: dispositif, results: results, appliedTo: amendments[target].name)
        }
        var editor = ArticleEditor(alineas: alineas)
        var seen: [[Edit.Meaning]: String] = [:]
        var deferred: [(Int, Dispositif)] = []
        for (index, amendment) in amendments.enumerated() where applied[index] == nil {
            // Parsed again only when a sub-amendment rewrote this dispositif.
            let dispositif = texts[index] == amendment.dispositif ? parsed[index] : DispositifParser.parse(texts[index])
            let meaning = dispositif.edits.map(\.meaning)
            if let first = seen[meaning], dispositif.isUnderstood {
                applied[index] = Applied(name: amendment.name, dispositif: dispositif, results: [], identicalTo: first)
                continue
            }
            seen[meaning] = amendment.name
            var attempt = editor
            let results = attempt.apply(dispositif.edits)
            if results.contains(where: { $0.outcome == .failed(.wordsNotFound) }) {
                deferred.append((index, dispositif))
                continue
            }
            editor = attempt
            applied[index] = Applied(name: amendment.name, dispositif: dispositif, results: results)
        }
        // The order of the files is not the order of the sitting: an amendment whose words are not in
        // the text yet may amend words another one brings. It is tried once more, after all the others.
        for (index, dispositif) in deferred {
            applied[index] = Applied(
                name: amendments[index].name, dispositif: dispositif, results: editor.apply(dispositif.edits))
        }
        return Outcome(alineas: editor.texts, amendments: applied.compactMap { $0 })
    }

    /// A sub-amendment of the Assemblée does not name its amendment in its dispositif: one whose
    /// quoted words are nowhere in the article but in exactly one other amendment amends that one.
    private static func implicitParent(
        of dispositif: Dispositif, at index: Int, in amendments: [Amendment], article: String
    ) -> Int? {
        var quoted: [String] = []
        for edit in dispositif.edits {
            switch edit.operation {
            case .replaceWords(let words, _), .deleteWords(let words), .insertWords(_, _, let words),
                .rewriteEnd(let words, _):
                quoted.append(compact(words.text))
            default:
                return nil
            }
        }
        guard !quoted.isEmpty, quoted.allSatisfy({ !$0.isEmpty && !article.contains($0) }) else { return nil }
        let holders = amendments.indices.filter { other in
            other != index && quoted.allSatisfy { compact(amendments[other].dispositif).contains($0) }
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// The key of a text without its spaces. O(n); below U+0300 every scalar is a character of its own
    /// (but CR LF, two spaces), so spaces are dropped byte by byte there, characters only past it.
    private static func compact(_ text: String) -> String {
        let key = Folding.key(DispositifText.clean(text))
        guard key.utf8.allSatisfy({ $0 < 0xCC }) else { return key.filter { !$0.isWhitespace } }
        var output = UTF8Buffer(capacity: key.utf8.count)
        var afterC2 = false
        for byte in key.utf8 {
            // U+0085 and U+00A0 are C2 85 and C2 A0; the C2 waits to see what follows.
            if afterC2 {
                afterC2 = false
                if byte == 0x85 || byte == 0xA0 { continue }
                output.append(byte: 0xC2)
            }
            if byte == 0xC2 {
                afterC2 = true
            } else if byte != 0x20, !(0x09...0x0D).contains(byte) {
                output.append(byte: byte)
            }
        }
        if afterC2 { output.append(byte: 0xC2) }
        return output.string
    }

    /// `amendement_78` is amendment `78 rectifié`; `COM-14` is `14`.
    static func sameNumber(_ name: String, _ number: String) -> Bool {
        leadingNumber(of: number).map { $0 == trailingNumber(of: name) } ?? false
    }

    private static func leadingNumber(of text: String) -> String? {
        let digits = text.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        return digits.isEmpty ? nil : String(digits)
    }

    private static func trailingNumber(of name: String) -> String? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let digits = base.reversed().drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        return digits.isEmpty ? nil : String(digits.reversed())
    }

    /// Orders names as people do: `CL9` before `CL10`, `COM-2` before `COM-12`.
    public static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        let left = chunks(lhs)
        let right = chunks(rhs)
        for (a, b) in zip(left, right) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        return left.count < right.count
    }

    private static func chunks(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if let last = current.last, last.isNumber != character.isNumber {
                result.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
