import NavetteCore
import NavetteFormats
import NavetteStore

/// One step of the walk, as the walking thread hands it to the readers: a file or member to read
/// (its bytes already loaded: a zip archive is read by one thread only), or what needs no reading.
enum WalkedUnit: Sendable {
    case load(LoadedUnit)
    case resolved(UnitOutcome)
}

/// A file or zip member and its bytes.
struct LoadedUnit: Sendable {
    var file: String
    var member: String?
    var fingerprint: String
    var bytes: [UInt8]

    var label: String { member.map { "\(file): \($0)" } ?? file }
}

/// What reading one file or member gave, in the order the walk met it.
enum UnitOutcome: Sendable {
    /// Indexed before with the same fingerprint: not read.
    case alreadyIndexed
    /// Could not be walked or loaded: the warning says why.
    case skipped(IngestWarning)
    /// Read: the amendments it held (none for a file that is not amendments, or one that failed,
    /// then with a warning), what the reader warned of, and whether it is in an amendment format.
    case read(IndexedFile?, warnings: [IngestWarning], isAmendments: Bool)
}

/// Reads one loaded file or member: detects its format once, parses it, hashes its bytes. Pure:
/// the ingester runs it on several threads at once.
enum MemberReading {
    static func read(_ unit: LoadedUnit) -> UnitOutcome {
        let label = unit.label
        func skip(_ message: String, skipped: Bool = true) -> IngestWarning {
            IngestWarning(source: label, message: message, skipped: skipped)
        }
        var amendments: [Amendment] = []
        var warnings: [IngestWarning] = []
        let format = AmendmentFormat.detect(unit.bytes)
        if let format {
            do {
                let file = try AmendmentLoader.read(bytes: unit.bytes, file: label, format: format)
                amendments = file.amendments
                for diagnostic in file.diagnostics where diagnostic.severity == .warning {
                    // Readers end the message of what they leave out with "skipped".
                    warnings.append(skip(diagnostic.message, skipped: diagnostic.message.hasSuffix("skipped")))
                }
            } catch let error as ReadError {
                return .read(nil, warnings: [skip("\(error.message), skipped")], isAmendments: true)
            } catch {
                return .read(nil, warnings: [skip("\(error), skipped")], isAmendments: true)
            }
        }
        let origin = AmendmentOrigin(file: unit.file, member: unit.member, sha256: ContentHash.sha256(unit.bytes))
        let indexed = IndexedFile(origin: origin, fingerprint: unit.fingerprint, amendments: amendments)
        return .read(indexed, warnings: warnings, isAmendments: format != nil)
    }
}
