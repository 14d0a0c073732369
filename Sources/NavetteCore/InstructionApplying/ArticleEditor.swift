/// Applies edits to the alinéas of an article, in order.
///
/// Amendments on one article all count alinéas in the text they were tabled on, so every alinéa
/// remembers its number in that text (`origin`): after an insertion before it, `alinéa 5` still means
/// the fifth alinéa of the original text. Ordinals in words count original alinéas too when the
/// division holds any.
public struct ArticleEditor: Sendable {
    struct Line: Sendable, Hashable {
        var text: String
        var origin: Int?
    }

    var lines: [Line]

    public init(alineas: [String]) {
        lines = alineas.enumerated().map { Line(text: $0.element, origin: $0.offset + 1) }
    }

    /// The article's alinéas as they stand.
    public var texts: [String] { lines.map(\.text) }

    /// Applies every edit in order and returns one result per edit.
    public mutating func apply(_ edits: [Edit]) -> [EditResult] {
        edits.map { apply($0) }
    }

    public mutating func apply(_ edit: Edit) -> EditResult {
        if case .unparsed = edit.operation {
            return EditResult(edit: edit, outcome: .failed(.notUnderstood))
        }
        do {
            let outcome = try perform(edit.operation.mappingNewText(AdoptedTextStyle.normalized), on: edit.target)
            return EditResult(edit: edit, outcome: outcome.outcome, detail: outcome.detail)
        } catch let failure as EditFailure {
            return EditResult(edit: edit, outcome: .failed(failure.kind), detail: failure.detail)
        } catch {
            return EditResult(edit: edit, outcome: .failed(.targetNotFound), detail: "\(error)")
        }
    }

    struct EditFailure: Error {
        var kind: EditResult.Failure
        var detail: String
    }

    struct Done {
        var outcome: EditResult.Outcome = .applied
        var detail: String?
    }

    private mutating func perform(_ operation: EditOperation, on target: EditTarget) throws -> Done {
        switch operation {
        case .delete:
            try delete(target)
        case .rewrite(let texts):
            try rewrite(target, with: texts)
        case .insertAlineas(let texts, let side):
            return try insert(texts, side: side, target: target)
        case .rewriteStart(let text):
            try rewriteStart(target, with: text)
        case .replaceWords(let words, let text):
            return try replaceWords(words, in: target) { _ in text }
        case .deleteWords(let words):
            return try replaceWords(words, in: target) { _ in "" }
        case .insertWords(let text, let side, let anchor):
            return try insertWords(text, side: side, anchor: anchor, in: target)
        case .addWords(let text, let position, let sentence):
            try addWords(text, at: position, sentence: sentence, in: target)
        case .rewriteEnd(let anchor, let text):
            return try rewriteEnd(after: anchor, text: text, in: target)
        case .unparsed:
            throw EditFailure(kind: .notUnderstood, detail: "")
        }
        return Done()
    }

    // MARK: Targets

    /// The lines a target names, in order.
    func resolve(_ target: EditTarget) throws -> [Int] {
        let texts = self.texts
        var scope = 0..<lines.count
        if !target.parts.isEmpty {
            guard let range = ArticleOutline.range(of: target.parts, in: texts) else {
                throw EditFailure(
                    kind: .targetNotFound,
                    detail: "no \(target.parts.reversed().joined(separator: " du ")) in the article")
            }
            scope = range
        }
        var candidates = Array(scope)
        if target.quotedText {
            let quoted = candidates.filter { QuoteShape.opens(texts[$0]) }
            if !quoted.isEmpty { candidates = quoted }
        }
        if target.alineas.isEmpty { return candidates }
        var result: [Int] = []
        for reference in target.alineas {
            switch reference {
            case .number(let number):
                guard let index = lines.firstIndex(where: { $0.origin == number }) else {
                    throw EditFailure(
                        kind: .targetNotFound, detail: "no alinéa \(number) (the article had \(originalCount))")
                }
                result.append(index)
            case .ordinal(let ordinal):
                let originals = candidates.filter { lines[$0].origin != nil }
                let pool = originals.isEmpty ? candidates : originals
                guard let position = ordinal.index(in: pool.count) else {
                    throw EditFailure(kind: .targetNotFound, detail: "no alinéa \(ordinal) among \(pool.count)")
                }
                result.append(pool[position])
            }
        }
        return Array(Set(result)).sorted()
    }

    /// `Après l'alinéa 9` when alinéa 9 was deleted by an earlier amendment: where it stood.
    private func placeOfRemoved(_ target: EditTarget) -> Int? {
        guard target.parts.isEmpty, target.alineas.count == 1, case .number(let number) = target.alineas[0],
            !lines.contains(where: { $0.origin == number }), number <= originalCount
        else { return nil }
        return lines.firstIndex(where: { ($0.origin ?? 0) > number }) ?? lines.count
    }

    private var originalCount: Int { lines.compactMap(\.origin).max() ?? 0 }

    // MARK: Alinéas

    private mutating func delete(_ target: EditTarget) throws {
        if target.isWholeArticle {
            lines.removeAll()
            return
        }
        let indices = try resolve(target)
        if !target.phrases.isEmpty {
            for index in indices.reversed() {
                try replacePhrases(target.phrases, of: index, with: nil)
            }
            return
        }
        let placeholders = Suppression.placeholders(deleting: indices, in: texts)
        for index in indices.reversed() {
            if let placeholder = placeholders[index] {
                lines[index].text = placeholder
                mergePlaceholder(at: index)
            } else {
                lines.remove(at: index)
            }
        }
    }

    /// Joins a new `3° (Supprimé)` with a `2° (Supprimé)` or `4° (Supprimé)` next to it.
    private mutating func mergePlaceholder(at index: Int) {
        if index + 1 < lines.count, let merged = Suppression.merged(lines[index].text, lines[index + 1].text) {
            lines[index].text = merged
            lines.remove(at: index + 1)
        }
        if index > 0, let merged = Suppression.merged(lines[index - 1].text, lines[index].text) {
            lines[index - 1].text = merged
            lines.remove(at: index)
        }
    }

    private mutating func rewrite(_ target: EditTarget, with texts: [String]) throws {
        if target.isWholeArticle {
            lines = texts.map { Line(text: $0, origin: nil) }
            return
        }
        let indices = try resolve(target)
        guard let first = indices.first else {
            throw EditFailure(kind: .targetNotFound, detail: "nothing to rewrite")
        }
        if !target.phrases.isEmpty {
            try replacePhrases(target.phrases, of: first, with: texts.joined(separator: " "))
            return
        }
        let runs = runs(of: indices)
        // `Alinéas 48 et 60 : rédiger ainsi ces alinéas` names two alinéas, not those between them:
        // each run of named alinéas is rewritten, with the single new alinéa or with its own one.
        for (offset, run) in runs.enumerated().reversed() {
            let replacement: [String]
            if runs.count == 1 || texts.count == 1 {
                replacement = texts
            } else if texts.count == runs.count {
                replacement = [texts[offset]]
            } else {
                replacement = offset == 0 ? texts : []
            }
            let old = lines[run]
            let shaped = QuoteShape.rewriting(replacement, replacing: old.map(\.text))
                .map(AdoptedTextStyle.quotedArticleHeading)
            lines.replaceSubrange(run, with: Self.carryOrigins(old.map(\.origin), to: shaped))
        }
    }

    /// Sorted indices cut into runs of alinéas that were consecutive in the text the amendments were
    /// tabled on (only alinéas added since may lie between): [3, 4, 9] → [3...4, 9...9].
    func runs(of indices: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for index in indices {
            if let last = runs.last, lines[(last.upperBound + 1)..<index].allSatisfy({ $0.origin == nil }) {
                runs[runs.count - 1] = last.lowerBound...index
            } else {
                runs.append(index...index)
            }
        }
        return runs
    }

    /// New lines replacing old ones keep the old numbers, the last one the last old number, so that
    /// `après l'alinéa 84` still lands after a block that replaced alinéas 82 to 84.
    static func carryOrigins(_ origins: [Int?], to texts: [String]) -> [Line] {
        texts.enumerated().map { offset, text in
            let origin: Int?
            if offset == texts.count - 1 {
                origin = origins.last ?? nil
            } else {
                origin = offset < origins.count - 1 ? origins[offset] : nil
            }
            return Line(text: text, origin: origin)
        }
    }

    private mutating func insert(_ texts: [String], side: EditOperation.Side, target: EditTarget) throws -> Done {
        let position: Int
        if target.isWholeArticle {
            position = side == .after ? lines.count : 0
        } else if let place = placeOfRemoved(target) {
            position = place
        } else {
            let indices = try resolve(target)
            guard let first = indices.first, let last = indices.last else {
                throw EditFailure(kind: .targetNotFound, detail: "nowhere to insert")
            }
            position = side == .after ? last + 1 : first
        }
        if Gage.isAlreadyIn(self.texts, texts) {
            return Done(detail: "the article already holds this gage (one per article)")
        }
        if let placeholder = Suppression.placeholder(for: texts, near: position, in: self.texts) {
            let old = lines[placeholder]
            let shaped = QuoteShape.rewriting(texts, replacing: [old.text])
            lines.replaceSubrange(placeholder...placeholder, with: Self.carryOrigins([old.origin], to: shaped))
            return Done(detail: "in place of “\(old.text)”")
        }
        let previous = position > 0 ? lines[position - 1].text : nil
        var shaped = QuoteShape.inserting(texts, after: previous)
        if let previous, let list = QuoteShape.continuingList(after: previous, with: texts) {
            lines[position - 1].text = list.previous
            shaped = list.new
        }
        shaped = Numbering.fill(shaped, in: self.texts, at: position).map(AdoptedTextStyle.quotedArticleHeading)
        let numbered = Numbering.numberExisting(self.texts, inserting: shaped, at: position)
        for (index, text) in numbered { lines[index].text = text }
        lines.insert(contentsOf: shaped.map { Line(text: $0, origin: nil) }, at: position)
        return Done()
    }
}
