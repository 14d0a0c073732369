import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Page excerpts kept as text (`amendments/an`, `amendments/senat`): what each holds is read from
/// the content; what it lacks is said in a diagnostic, and the file name is used only as a last resort.
@Suite struct AmendmentExcerptTests {
    static func read(_ name: String) throws -> AmendmentFile {
        try AmendmentLoader.read(path: Corpus.path("amendments/" + name))
    }

    static func lines(_ text: String?) -> [Substring] { text?.split(separator: "\n") ?? [] }

    @Test func suppressionAmendment27OnArticle7() throws {
        let file = try Self.read("an/assemblee-nationale-0939-AN-27.txt")
        #expect(file.format == .excerpt)
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "27")
        #expect(amendment.chamber == .assemblee)
        #expect(amendment.text.bill == "939")
        #expect(amendment.text.stage == .seance)
        #expect(amendment.text.reading == "1ère lecture (2ème assemblée saisie)")
        #expect(amendment.text.examinedBy == "Assemblée nationale (séance publique)")
        #expect(amendment.dispositif == "Supprimer cet article.")
        #expect(amendment.expose?.hasPrefix("Cet article 7 nous propose “d’expérimenter”") == true)
        #expect(amendment.targets(article: "7"))
        #expect(amendment.fate == .unknown)
        #expect(amendment.authors.isEmpty)
        // The page excerpt never prints "27": the file name gives it, with a warning.
        #expect(
            file.diagnostics.contains {
                $0.severity == .warning
                    && $0.message == "amendement 27: the excerpt does not print its number, taken from the file name"
            })
        #expect(file.diagnostics.contains { $0.message.contains("target article 7 inferred") })
        #expect(file.diagnostics.contains { $0.message.contains("no authors") })
    }

    @Test func suppressionAmendment585WithItsAuthors() throws {
        let file = try Self.read("an/assemblee-nationale-0939-AN-585.txt")
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "585")
        #expect(amendment.authors == ["M. Benjamin Lucas-Lundy", "M. Julien Bayou", "Mme Sabrina Sebaihi"])
        #expect(amendment.dispositif == "Supprimer cet article.")
        #expect(Self.lines(amendment.expose).first == "Cet amendement vise à supprimer l’article 7.")
        #expect(amendment.targets(article: "7"))
        #expect(amendment.text.bill == "939")
        #expect(file.diagnostics.contains { $0.message.contains("text n° 939 taken from the file name") })
    }

    @Test func commissionAmendmentCL357() throws {
        let file = try Self.read("an/assemblee-nationale-0809-CION_LOIS-CL357.txt")
        let amendment = try #require(file.amendments.first)
        #expect(amendment.number == "CL357")
        #expect(
            amendment.authors == [
                "Mme Sandra Regol", "M. Jérémie Iordanoff", "M. Benjamin Lucas-Lundy", "Mme Lisa Belluco",
            ])
        #expect(
            Self.lines(amendment.dispositif) == [
                "I. – À l’alinéa 1, substituer aux mots :", "« jusqu’au 30 juin 2025 »", "les mots :",
                "« du 1er juillet 2024 au 30 septembre 2024 ».",
                "II. – En conséquence, à la deuxième phrase de l’alinéa 34, substituer à la date :", "« 30 juin 2025 »",
                "la date", "« 30 septembre 2024 ».",
            ])
        #expect(
            amendment.expose?.hasPrefix("Cet amendement a pour objectif de limiter strictement dans le temps") == true)
        #expect(amendment.target.article?.key == "7")
        #expect(amendment.target.alinea == 1)
        #expect(amendment.text.stage == .commission)
        #expect(amendment.text.bill == "809")
    }

    @Test func amendmentsWithoutAHeadingKeepAnUnknownTarget() throws {
        let file = try Self.read("an/assemblee-nationale-0939-AN-406.txt")
        let amendment = try #require(file.amendments.first)
        #expect(amendment.target.kind == .unknown)
        #expect(amendment.target.alinea == 1)
        #expect(
            Self.lines(amendment.dispositif) == [
                "À la première phrase de l’alinéa 1, substituer à la date :", "« 31 décembre 2024 »,", "la date :",
                "« 8 septembre 2024 ».",
            ])
        #expect(Self.lines(amendment.expose).first?.hasPrefix("Par cet amendement de repli") == true)
        #expect(file.diagnostics.contains { $0.severity == .warning && $0.message.contains("target article unknown") })
        let repli = try #require(try Self.read("an/assemblee-nationale-0939-AN-506.txt").amendments.first)
        #expect(Self.lines(repli.dispositif).count == 6)
        #expect(Self.lines(repli.dispositif).last == "« sportives ».")
        #expect(Self.lines(repli.expose).count == 5)
        let cl358 = try #require(try Self.read("an/assemblee-nationale-0809-CION_LOIS-CL358.txt").amendments.first)
        #expect(cl358.text.stage == .commission)
        #expect(cl358.text.reading == "1ère lecture (2ème assemblée saisie)")
        #expect(cl358.text.bill == "809")
        #expect(Self.lines(cl358.dispositif).count == 6)
        #expect(
            Self.lines(cl358.expose).first?.hasPrefix("L’utilisation de la vidéosurveillance algorithmique") == true)
    }

    @Test func nosDeputesPages() throws {
        let socialists = try #require(try Self.read("an/nosdeputes-16-amendement-939-150.txt").amendments.first)
        #expect(socialists.number == "150")
        #expect(socialists.date == "2023-03-15")
        #expect(socialists.authors.count == 31)  // 32 printed, "M. Bertrand Petit" twice
        #expect(socialists.authors.first == "M. Vicot")
        #expect(socialists.authors.last == "Mme Thomin")
        #expect(socialists.group == "Socialistes et apparentés")
        #expect(Self.lines(socialists.dispositif).count == 8)
        #expect(socialists.targets(article: "7"))
        let communists = try #require(try Self.read("an/nosdeputes-16-amendement-939-643.txt").amendments.first)
        #expect(communists.authors.count == 22)
        #expect(communists.authors.contains("Mme K/Bidi"))
        #expect(communists.date == "2023-03-16")
        let insoumis = try #require(try Self.read("an/nosdeputes-16-amendements-939-536.txt").amendments.first)
        #expect(insoumis.authors.count == 74)
        #expect(insoumis.authors.prefix(2) == ["M. Vannier", "Mme Élisa Martin"])
        #expect(insoumis.target.alinea == 34)
        #expect(
            Self.lines(insoumis.dispositif) == [
                "À la quatrième phrase de l’alinéa 34, après le mot :", "« associe »", "insérer les mots :",
                "« le président de chaque groupe politique de l’Assemblée nationale et du Sénat et »",
            ])
        let file = try Self.read("an/nosdeputes-16-amendements-939-565.head.txt")
        let title = try #require(file.amendments.first)
        #expect(title.number == "565")
        #expect(title.fate == .rejete)
        #expect(title.fateText == "Rejeté")
        #expect(title.text.bill == "939")
        #expect(title.date == "2023-03-16")
        #expect(title.authors.count == 21)
        #expect(title.target.kind == .title)
        #expect(title.dispositif == "Rédiger ainsi le titre du projet de loi :\n« pour une surveillance de masse ».")
        #expect(title.expose?.hasPrefix("Le présent projet de loi va nuire gravement") == true)
        #expect(!file.diagnostics.contains { $0.message.contains("file name") })
    }

    @Test func voteRecords() throws {
        let datan = try #require(try Self.read("an/datan-legislature-16-vote_1267.head.txt").amendments.first)
        #expect(datan.number == "217")
        #expect(datan.authors == ["Mme Galzy"])
        #expect(datan.fate == .rejete)
        #expect(datan.fateDate == "2023-03-22")
        #expect(datan.date == nil)
        #expect(datan.targets(article: "7"))
        #expect(datan.dispositif.isEmpty)
        #expect(datan.expose?.hasPrefix("L’article 7 du projet de loi permet la mise en place") == true)
        let file = try Self.read("an/nosdeputes-16-scrutin-1268.txt")
        let scrutin = try #require(file.amendments.first)
        #expect(scrutin.number == "153")
        #expect(scrutin.authors == ["M. Vicot"])
        #expect(scrutin.fate == .rejete)
        #expect(scrutin.fateDate == "2023-03-23")
        #expect(scrutin.targets(article: "7"))
        #expect(file.diagnostics.contains { $0.message.contains("identical amendment follows") })
    }

    @Test func ameliLiasseExcerpt() throws {
        let amendment = try #require(
            try Self.read("senat/ameli-liasse-220-commission-COM-100.head.txt").amendments.first)
        #expect(amendment.number == "COM-100")
        #expect(amendment.chamber == .senat)
        #expect(amendment.date == "2023-01-16")
        #expect(amendment.fate == .adopte)
        #expect(amendment.authors == ["Mme LASSARADE"])
        #expect(amendment.authorsText == "Mme LASSARADE, rapporteure pour avis")
        #expect(amendment.target.label == "ARTICLE 1ER")
        #expect(amendment.targets(article: "1er"))
        #expect(amendment.target.alinea == 1)
        #expect(amendment.text.bill == "220")
        #expect(amendment.text.reading == "1ère lecture")
        #expect(amendment.text.stage == .commission)
        #expect(
            Self.lines(amendment.dispositif).prefix(2) == [
                "I. - Alinéa 1", "Remplacer cet alinéa par trois alinéas ainsi rédigés :",
            ])
        #expect(Self.lines(amendment.dispositif).last == "d'Île-de-France")
        #expect(amendment.expose?.hasPrefix("Le présent amendement vise à clarifier") == true)
    }

    @Test func nosSenateursPage() throws {
        let amendment = try #require(
            try Self.read("senat/nossenateurs-amendement-20222023-249-70.txt").amendments.first)
        #expect(amendment.number == "70")
        #expect(amendment.chamber == .senat)
        #expect(amendment.fate == .rejete)
        #expect(amendment.fateDate == "2023-01-25")
        #expect(amendment.date == "2023-01-23")
        #expect(amendment.authors.count == 12)
        #expect(amendment.authors.first == "M. Dossus")
        #expect(amendment.authors.contains("Mme de Marco"))
        #expect(amendment.authors.last == "Mme Mélanie Vogel")
        #expect(amendment.target.kind == .title)
        #expect(
            amendment.dispositif
                == "Compléter cet intitulé par les mots :\n: plus vite, plus haut, plus fort dans la surveillance, le contrôle et la répression"
        )
        #expect(amendment.expose?.hasPrefix("Citius, Altius, Fortius.") == true)
        #expect(amendment.text.stage == .seance)
    }

    @Test func jeuCompletMotion() throws {
        let amendment = try #require(
            try Self.read("senat/senat-amendements-2022-2023-249-jeu_complet.head.txt").amendments.first)
        #expect(amendment.number == "1")
        #expect(amendment.date == "2023-01-18")
        #expect(amendment.target.kind == .wholeText)
        #expect(amendment.target.alinea == nil)
        #expect(amendment.authors.count == 12)
        #expect(amendment.authors.prefix(2) == ["M. DOSSUS", "M. BENARROCHE"])
        #expect(amendment.authors.last == "Mme Mélanie VOGEL")
        #expect(amendment.text.bill == "249")
        #expect(amendment.text.reading == "1ère lecture")
        #expect(amendment.text.stage == .seance)
        #expect(
            amendment.dispositif.hasPrefix("En application de l’article 44, alinéa 3, du Règlement, le Sénat décide"))
        #expect(amendment.expose?.hasPrefix("Le projet de loi relatif aux jeux Olympiques") == true)
    }
}
