/// The amendments one step examined.
public struct StepAmendments: Sendable {
    public var amendments: [Amendment]
    /// The reading they were filed on (the text the step examined).
    public var filedOn: String?
    /// True when the list is the step's whole list (La Fabrique), false for the few a manifest records:
    /// only a complete list lets navette call a change `unexplained` on its own.
    public var complete: Bool
    /// One-line summaries written in the manifest, by amendment number as printed.
    public var summaries: [String: String]

    public init(amendments: [Amendment], filedOn: String?, complete: Bool, summaries: [String: String] = [:]) {
        self.amendments = amendments
        self.filedOn = filedOn
        self.complete = complete
        self.summaries = summaries
    }
}

extension StepAmendments {
    /// A manifest's amendments by the step that examined them: an amendment filed on a reading is
    /// examined in the step after it, the step that produced the next reading (`an-939` -> `an-ta96`).
    /// Amendments naming no reading of `readings` are left out; those filed on the last reading are
    /// returned apart. Lists are partial (`complete` false); `summaries` keeps each one's summary.
    public static func examined(
        _ filed: [(amendment: Amendment, reading: String?, summary: String?)], readings: [String]
    ) -> (byStep: [String: StepAmendments], onLastReading: [Amendment]) {
        var byStep: [String: StepAmendments] = [:]
        var onLastReading: [Amendment] = []
        for (amendment, reading, summary) in filed {
            guard let reading, readings.contains(reading) else { continue }
            guard let step = examiningStep(filedOn: reading, readings: readings) else {
                onLastReading.append(amendment)
                continue
            }
            var list = byStep[step] ?? StepAmendments(amendments: [], filedOn: reading, complete: false)
            list.amendments.append(amendment)
            if let summary { list.summaries[amendment.number] = summary }
            byStep[step] = list
        }
        return (byStep, onLastReading)
    }

    /// The step that examines what was filed on `reading`: the next reading (nil for the last one, or
    /// for a reading not in `readings`).
    public static func examiningStep(filedOn reading: String, readings: [String]) -> String? {
        guard let position = readings.firstIndex(of: reading), position + 1 < readings.count else { return nil }
        return readings[position + 1]
    }

    /// The reading whose text the step at `index` examined: the one before it (none for the first).
    public static func filedOn(step index: Int, readings: [String]) -> String? {
        index > 0 ? readings[index - 1] : nil
    }
}
