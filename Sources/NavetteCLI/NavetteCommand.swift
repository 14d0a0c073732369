import ArgumentParser
import NavetteCore

/// The `navette` command: follows a French bill through the navette parlementaire.
public struct NavetteCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "navette",
        abstract: "Follow a French bill through the navette parlementaire, article by article.",
        discussion: """
            Reads every version of a bill (AN and Sénat HTML, Légifrance XML, Akoma Ntoso, La Fabrique \
            de la loi JSON), follows each article across readings and shows what changed.

            Example:
              navette show ../shared/corpus/lafabrique/pjl09-200
            """,
        version: NavetteVersion.current,
        subcommands: [
            Follow.self, Show.self, Lineage.self, Diff.self, AmendmentsCommand.self, IndexCommand.self, Apply.self,
            MotionCommand.self, ReportCommand.self, Sync.self, Watch.self, History.self,
        ]
    )

    public init() {}
}
