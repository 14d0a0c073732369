/// How far two versions of an article are apart, in words: what the amendment bench measures.
///
/// Texts are cut by `Tokenizer.words` (punctuation marks count as words) and compared on keys with
/// typography folded and capitals without their accent (`Etat` and `État`, `A compter` and `À compter`
/// are the same word). `distance` is the number of words outside a longest common alignment of the
/// two texts (Myers' shortest edit script), so 0 means the same words in the same order.
public enum WordAlignment {
    /// The compared keys of the words of some alinéas, in order. A run of dots is left out: in
    /// `la loi n° ... du ...` it stands for numbers not known yet, and texts write it or not.
    public static func keys(_ alineas: [String]) -> [String] {
        alineas.flatMap { alinea in
            Tokenizer.words(in: alinea).compactMap { $0.key.hasPrefix("..") ? nil : foldCapitals($0.key) }
        }
    }

    /// Words of `old` and `new` outside their longest common alignment.
    public static func distance(_ old: [String], _ new: [String]) -> Int {
        let (a, b) = interned(old, new)
        let common = MyersDiff.matches(a, b).reduce(0) { $0 + $1.count }
        return a.count + b.count - 2 * common
    }

    /// The words of `new` outside its alignment with `old`: what `new` inserts, in order.
    public static func inserted(from old: [String], to new: [String]) -> [String] {
        let (a, b) = interned(old, new)
        var aligned = [Bool](repeating: false, count: b.count)
        for match in MyersDiff.matches(a, b) {
            for index in match.new..<(match.new + match.count) { aligned[index] = true }
        }
        return b.indices.filter { !aligned[$0] }.map { new[$0] }
    }

    private static func interned(_ old: [String], _ new: [String]) -> ([Int], [Int]) {
        var ids: [String: Int] = [:]
        func id(_ key: String) -> Int {
            if let known = ids[key] { return known }
            ids[key] = ids.count
            return ids.count - 1
        }
        return (old.map(id), new.map(id))
    }

    private static func foldCapitals(_ key: String) -> String {
        guard let first = key.unicodeScalars.first, let plain = capitalWithoutAccent[first] else { return key }
        var scalars = key.unicodeScalars
        scalars.replaceSubrange(scalars.startIndex...scalars.startIndex, with: [plain])
        return String(scalars)
    }

    /// Capitals lose their accent in some typographies: folded like the rest.
    public static let capitalWithoutAccent: [Unicode.Scalar: Unicode.Scalar] = [
        "À": "A", "Â": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Ë": "E", "Î": "I", "Ï": "I", "Ô": "O",
        "Ù": "U", "Û": "U", "Ü": "U",
    ]
}
