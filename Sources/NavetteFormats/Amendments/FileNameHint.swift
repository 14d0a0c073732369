import Foundation
import NavetteCore

/// What a file name saved from an amendment URL suggests, used only when the content is silent:
/// `assemblee-nationale-0939-AN-27.txt` (text 939, séance, n° 27),
/// `assemblee-nationale-0809-CION_LOIS-CL357.txt` (text 809, commission, n° CL357),
/// `nosdeputes-16-amendement-939-150.txt` (text 939, n° 150).
struct FileNameHint {
    var number: String?
    var bill: String?
    var stage: AmendedText.Stage?

    init(_ path: String) {
        var name = (path as NSString).lastPathComponent
        for suffix in [".txt", ".html", ".xml", ".head", ".excerpt", ".raw"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        for suffix in [".head", ".excerpt"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        let parts = name.split(separator: "-").map(String.init)
        guard let last = parts.last, last.last?.isNumber == true, last.prefix(while: \.isLetter).count <= 4,
            last.drop(while: \.isLetter).allSatisfy(\.isNumber), parts.count >= 2
        else { return }
        number = last
        var rest = Array(parts.dropLast())
        if let organ = rest.last, organ.allSatisfy({ $0.isUppercase || $0 == "_" }) {
            stage = organ == "AN" ? .seance : .commission
            rest.removeLast()
        }
        if let text = rest.last, text.allSatisfy(\.isNumber) { bill = AmendedText.normaliseBill(text) }
    }
}
