import Foundation
import NavetteCore
import NavetteFormats
import Testing
import TestSupport

@Suite struct AmendmentLoaderTests {
    @Test func placeholder() throws {
        let file = try AmendmentLoader.read(path: Corpus.path("formats/an-legacy-amendement-xml/an14-PLFSS2017-4072-amdt135.xml"))
        #expect(file.amendments.count == 1)
    }
}
