import NavetteCore

/// The timeline of readings as inline SVG: one mark per reading, its shape and letters naming the
/// chamber (circle S Sénat, square AN, diamond CMP, hexagon for the others), filled when the text is
/// held, hatched when not; the date, stage and step below, and on an article's page the label the
/// article carries there. The readings are also listed in text next to it (the caption and the
/// step headings), so nothing depends on the picture.
enum Timeline {
    private static let e = HTMLPage.e
    private static let spacing = 118
    private static let colours: [String: String] = [
        "senat": "#9b1c1c", "assemblee": "#1d4a8f", "cmp": "#5b3391", "gouvernement": "#3d3d3d",
        "conseil constitutionnel": "#7a5c00",
    ]

    static func svg(_ report: Report, article: ArticleReport?) -> String {
        let readings = report.readings
        guard !readings.isEmpty else { return "" }
        let width = 60 + readings.count * spacing
        let held = readings.filter { $0.coverage != .missing }.count
        let dates = readings.compactMap(\.date)
        var summary = "\(Plural.count(readings.count, "reading"))"
        if let first = dates.first, let last = dates.last { summary += " from \(first) to \(last)" }
        summary += "; text held for \(held)."
        var out =
            "<figure class=\"timeline\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) 156\" role=\"img\" "
        out += "aria-labelledby=\"tl-title tl-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
        out += "<title id=\"tl-title\">Timeline of the readings</title>\n<desc id=\"tl-desc\">\(e(summary))</desc>\n"
        out +=
            "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out +=
            "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9a9a9a\" stroke-width=\"2\"/></pattern></defs>\n"
        out += "<line x1=\"40\" y1=\"40\" x2=\"\(width - 40)\" y2=\"40\" stroke=\"#6a6a6a\" stroke-width=\"2\"/>\n"
        for (index, reading) in readings.enumerated() {
            let x = 60 + index * spacing
            let step = article?.steps.first { $0.reading == reading.id }
            let textHeld = step.map { $0.change != .notHeld } ?? (reading.coverage != .missing)
            let colour = colours[reading.chamber] ?? "#3d3d3d"
            let fill = textHeld ? colour : "url(#hatch)"
            let ink = textHeld ? "#fff" : "#1b1b1b"
            let chamber = Words.chamber(reading.chamber)
            out += "<a href=\"\(article == nil ? "#r-" : "#s-")\(Anchor.slug(reading.id))\">"
            out += "<g><title>\(e(Words.reading(reading))) — \(textHeld ? "text held" : "text not held")</title>\n"
            out += shape(reading.chamber, x: x, fill: fill, stroke: colour)
            let size = chamber.short.count > 2 ? 10 : 13
            out +=
                "<text x=\"\(x)\" y=\"45\" text-anchor=\"middle\" font-size=\"\(size)\" font-weight=\"bold\" fill=\"\(ink)\">\(e(chamber.short))</text>\n"
            out +=
                "<text x=\"\(x)\" y=\"82\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">\(e(reading.date ?? "undated"))</text>\n"
            for (line, words) in [reading.stage, reading.step].compactMap({ $0 }).enumerated() {
                out +=
                    "<text x=\"\(x)\" y=\"\(97 + line * 13)\" text-anchor=\"middle\" font-size=\"10.5\" fill=\"#3a3a3a\">\(e(String(words.prefix(20))))</text>\n"
            }
            if let step {
                let label: String
                switch step.change {
                case .notHeld: label = "not held"
                case .absent: label = step.label.map { "art. \($0) (\(step.status ?? "absent"))" } ?? "—"
                default: label = step.label.map { "art. " + $0 } ?? "—"
                }
                out +=
                    "<text x=\"\(x)\" y=\"130\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#1b1b1b\">\(e(String(label.prefix(20))))</text>\n"
                if [.changed, .inserted, .deleted].contains(step.change) {
                    out +=
                        "<text x=\"\(x)\" y=\"145\" text-anchor=\"middle\" font-size=\"10\" fill=\"#8a1414\">\(e(step.change == .changed ? "changed" : step.change.rawValue))</text>\n"
                }
            }
            out += "</g></a>\n"
        }
        out +=
            "</svg>\n<figcaption>\(e(summary)) Shapes: circle Sénat, square Assemblée nationale, diamond CMP, hexagon other; "
        out += "hatched: text not held.</figcaption>\n</figure>\n"
        return out
    }

    private static func shape(_ chamber: String, x: Int, fill: String, stroke: String) -> String {
        let common = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2.5\""
        switch chamber {
        case "senat": return "<circle cx=\"\(x)\" cy=\"40\" r=\"17\" \(common)/>\n"
        case "assemblee": return "<rect x=\"\(x - 16)\" y=\"24\" width=\"32\" height=\"32\" \(common)/>\n"
        case "cmp": return "<polygon points=\"\(x),19 \(x + 22),40 \(x),61 \(x - 22),40\" \(common)/>\n"
        default:
            let points = [(-17, 0), (-9, -16), (9, -16), (17, 0), (9, 16), (-9, 16)].map { "\(x + $0.0),\(40 + $0.1)" }
            return "<polygon points=\"\(points.joined(separator: " "))\" \(common)/>\n"
        }
    }
}
