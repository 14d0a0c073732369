/// Turns a dispositif as found in the sources into plain paragraphs.
///
/// The amendments of the datasets were converted from HTML to markdown and carry the residue of both:
/// entities (`&nbsp;`), tags (`1<sup>er</sup>juillet`, tables), emphasis underscores that swallowed a
/// space (`283 _quater_et 285`), escaped characters, and `?` for an apostrophe lost in an encoding.
/// The paragraphs keep the original typography (no-break spaces, ’, « »).
public enum DispositifText {
    /// The paragraphs of a dispositif, cleaned, without empty ones.
    public static func paragraphs(_ raw: String) -> [String] {
        clean(raw).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap { line in
            let trimmed = line.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Removes HTML and markdown residue, keeping line breaks.
    public static func clean(_ raw: String) -> String {
        var text = decodeEntities(raw)
        text = stripTags(text)
        text = stripMarkdown(text)
        return text
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let named: [String: String] = [
            "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "laquo": "«",
            "raquo": "»", "rsquo": "’", "lsquo": "‘", "ndash": "–", "mdash": "—", "hellip": "…", "deg": "°",
            "oelig": "œ", "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "ecirc": "ê",
        ]
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "&", let semicolon = text[index...].prefix(10).firstIndex(of: ";") {
                let name = String(text[text.index(after: index)..<semicolon])
                if let value = named[name] ?? numericEntity(name) {
                    output += value
                    index = text.index(after: semicolon)
                    continue
                }
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    private static func numericEntity(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// Drops tags; `</sup>`, cells and rows leave a space or a line break so words do not merge.
    static func stripTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if text[index...].hasPrefix("<!--"), let end = text[index...].firstRange(of: "-->") {
                index = end.upperBound  // comments, Word's `<!--[if gte mso 9]>…<![endif]-->` among them
                continue
            }
            if character == "<", let close = text[index...].prefix(600).firstIndex(of: ">") {
                let tag = text[text.index(after: index)..<close].lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) ?? ""
                if name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "/" || $0 == ":" }) && !name.isEmpty {
                    let next = text.index(after: close)
                    switch name {
                    case "/sup", "/sub":
                        if next < text.endIndex, text[next].isLetter || text[next].isNumber { output += " " }
                    case "br", "br/", "/tr", "/p", "/div", "/table", "p", "div":
                        output += "\n"
                    case "/td", "/th":
                        output += " "
                    default:
                        break
                    }
                    index = next
                    continue
                }
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    /// Emphasis underscores and asterisks, backslash escapes, block quote marks, lost apostrophes.
    static func stripMarkdown(_ text: String) -> String {
        // Without any of the marks it acts on, the text is left as it is (most texts: an article).
        guard text.utf8.contains(where: { "\\_*>?".utf8.contains($0) }) else { return text }
        let characters = Array(text)
        var output = ""
        output.reserveCapacity(characters.count)
        var atLineStart = true
        for (offset, character) in characters.enumerated() {
            let previous: Character? = offset > 0 ? characters[offset - 1] : nil
            let next: Character? = offset + 1 < characters.count ? characters[offset + 1] : nil
            switch character {
            case "\\" where next.map { "_*[]()#>\\-.!`".contains($0) } ?? false:
                continue
            case "_" where previous != "\\", "*" where previous != "\\":
                // A closing mark glued to the next word stood for a space: `_quater_et`.
                let closes = previous.map { !$0.isWhitespace && $0 != "_" && $0 != "*" } ?? false
                if closes, let next, next.isLetter || next.isNumber {
                    output.append(" ")
                }
                continue
            case ">" where atLineStart:
                continue
            case "?" where (previous?.isLetter ?? false) && (next?.isLetter ?? false):
                output.append("’")
                continue
            default:
                break
            }
            output.append(character)
            if character == "\n" {
                atLineStart = true
            } else if !character.isWhitespace {
                atLineStart = false
            }
        }
        return output
    }
}
