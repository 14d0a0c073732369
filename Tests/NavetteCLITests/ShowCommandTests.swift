import TestSupport
import Testing

@Suite struct ShowCommandTests {
    @Test func missingFileIsOneLineErrorWithExitCode1() throws {
        let result = try NavetteProcess.run(["show", "/nonexistent/bill.html"])
        #expect(result.status == 1)
        #expect(result.stderr == "navette: error: /nonexistent/bill.html: no such file or directory\n")
    }

    @Test func helpExplainsWithAnExample() throws {
        let result = try NavetteProcess.run(["show", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
    }
}
