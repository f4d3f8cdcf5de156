import Testing
@testable import QuoteSentimentPlugin
@testable import Workbench

/// One suite per rule: the marked words (⟦…⟧) are exactly the ones that moved the score,
/// and the values the rules give them are pinned (lexicon valences: good 1.9, bad -2.5,
/// welcome 2.0, great 3.1, terrible -2.1, difficult -1.5, excellent 2.7).
@Suite struct NegationTests {
    @Test func notFlipsAndShrinks() throws {
        let good = try expectWords("The plan is not ⟦good⟧.")
        #expect(good.word("good").map { close($0.value, 1.9 * -0.6) } == true)
        #expect(good.word("good")?.rules == [.negation])
        #expect(good.score.compound < 0)
        // A negated negative word is only mildly positive.
        let bad = try expectWords("The food was not ⟦bad⟧.")
        #expect(bad.word("bad").map { close($0.value, -2.5 * -0.45) } == true)
        #expect(bad.score.compound > 0)
    }

    @Test func contractionsCannotNeverAndNoLonger() throws {
        #expect(try expectWords("It isn't ⟦helpful⟧.").score.compound < 0)
        #expect(try expectWords("They never ⟦succeed⟧.").score.compound < 0)
        #expect(try expectWords("We cannot ⟦trust⟧ them.").score.compound < 0)
        #expect(try expectWords("The region is no longer a ⟦threat⟧.").score.compound > 0)
    }

    @Test func nonNegatesTheWordItIsJoinedTo() throws {
        let scored = try expectWords("They chose non-⟦violent⟧ means and non-traditional ⟦threats⟧ grew.")
        #expect(scored.word("violent")?.rules == [.negation])
        #expect(scored.word("threats")?.rules == [])
    }

    @Test func reachEndsAtTheClause() throws {
        let scored = try expectWords("It is ⟦not⟧ over, and ⟦good⟧ news came.")
        #expect(scored.word("good")?.rules == [])
        #expect(scored.word("not").map { close($0.value, -0.6) } == true)
    }

    @Test func reachEndsAfterTheFirstWordUnlessCoordinated() throws {
        // The verb is negated; its object is what is not welcome, so it does not count for good.
        let object = try expectWords("They did not ⟦welcome⟧ further ⟦cooperation⟧.")
        #expect(object.word("welcome")?.rules == [.negation])
        #expect(object.word("cooperation")?.rules == [.intensifier, .negatedObject])
        #expect(object.word("cooperation")?.value == 0)
        #expect(object.score.compound < 0)
        let coordinated = try expectWords("They were not ⟦happy⟧ or ⟦satisfied⟧.")
        #expect(coordinated.word("satisfied")?.rules == [.negation])
    }

    @Test func negationWithNothingToNegateLeansNegative() throws {
        // "cannot be so frequent": a limitation, said politely.
        let scored = try expectWords("Dispatches ⟦cannot⟧ be so frequent.")
        #expect(scored.word("cannot").map { close($0.value, -0.6) } == true)
        #expect(scored.score.compound < 0)
    }

    @Test func phrasesThatDoNotNegate() throws {
        #expect(try expectWords("It is not only ⟦useful⟧ but also ⟦safe⟧.").score.compound > 0)
        #expect(try expectWords("The result is nothing short of ⟦wonderful⟧.").score.compound > 0.5)
        // An inversion stresses: "Never has she had so great a chance".
        let inverted = try expectWords("Never has she had so ⟦great⟧ a ⟦chance⟧.")
        #expect(inverted.word("great")?.rules == [.intensifier])
        #expect(inverted.score.compound > 0.5)
    }
}

@Suite struct ContrastTests {
    @Test func butShiftsWeightToTheSecondClause() throws {
        let scored = try expectWords("The food was ⟦good⟧ but the service was ⟦terrible⟧.")
        #expect(scored.word("good").map { close($0.value, 1.9 * 0.5) } == true)
        #expect(scored.word("good")?.rules == [.contrastBefore])
        #expect(scored.word("terrible").map { close($0.value, -2.1 * 1.3) } == true)
        #expect(scored.score.compound < 0)
        // The same words the other way round turn out positive.
        #expect(try expectWords("The service was ⟦terrible⟧ but the food was ⟦good⟧.").score.compound > 0)
    }

    @Test func howeverOpeningASentenceWeighsAgainstTheOneBefore() throws {
        let scored = try expectWords("The talks were ⟦difficult⟧. However, the result was ⟦excellent⟧.")
        #expect(scored.word("difficult")?.rules == [.contrastBefore])
        #expect(scored.word("excellent")?.rules == [.contrastAfter])
        #expect(scored.score.compound > 0.3)
    }

    @Test func althoughLowersItsOwnClause() throws {
        let scored = try expectWords("Although the talks were ⟦difficult⟧, the result was ⟦excellent⟧.")
        #expect(scored.word("difficult").map { close($0.value, -1.5 * 0.5) } == true)
        #expect(scored.word("difficult")?.rules == [.concession])
        #expect(scored.word("excellent").map { close($0.value, 2.7 * 1.2) } == true)
        // After the main clause: the concession is what follows `although`.
        let after = try expectWords("The result was ⟦excellent⟧, although the talks were ⟦difficult⟧.")
        #expect(after.word("difficult")?.rules == [.concession])
        #expect(after.word("excellent")?.rules == [.mainClause])
    }
}

@Suite struct HedgeTests {
    @Test func modalsSoftenTheClause() throws {
        // "might not welcome": negated, then hedged.
        let scored = try expectWords("Public opinion might not ⟦welcome⟧ it.")
        #expect(scored.word("welcome")?.rules == [.negation, .hedge])
        #expect(scored.word("welcome").map { close($0.value, 2.0 * -0.6 * 0.7) } == true)
        let probably = try expectWords("It will probably be ⟦good⟧.")
        #expect(probably.word("good").map { close($0.value, 1.9 * 0.8) } == true)
        let should = try expectWords("Japan should ⟦strengthen⟧ its role.")
        #expect(should.word("strengthen")?.rules == [.hedge])
    }

    @Test func aHedgeStopsAtTheClauseEnd() throws {
        let scored = try expectWords("It might rain, but the plan is ⟦good⟧.")
        #expect(scored.word("good")?.rules == [.contrastAfter])
    }
}

@Suite struct IntensifierTests {
    @Test func boostersAndDampeners() throws {
        #expect(try expectWords("It is very ⟦good⟧.").word("good").map { close($0.value, 1.9 * 1.3) } == true)
        #expect(try expectWords("It is slightly ⟦good⟧.").word("good").map { close($0.value, 1.9 * 0.6) } == true)
        // "fairly open": dampened, still positive.
        let open = try expectWords("The door is fairly ⟦open⟧.")
        #expect(open.word("open")?.rules == [.intensifier])
        #expect(open.word("open").map { close($0.value, 0.5 * 0.8) } == true)
        #expect(open.score.compound > 0)
        #expect(try expectWords("⟦Cooperation⟧ is increasingly ⟦important⟧.").word("important").map { $0.value > 0.8 } == true)
    }

    @Test func anIntensifierFadesWithDistance() throws {
        // "very" two words before: 1 + 0.3 × 0.8.
        let scored = try expectWords("It is very much ⟦good⟧.")
        #expect(scored.word("good")?.rules == [.intensifier, .intensifier])
        #expect(scored.word("good").map { close($0.value, 1.9 * 1.2 * 1.24) } == true)
    }
}

@Suite struct OtherRuleTests {
    @Test func capitalsAndExclamationMarks() throws {
        let caps = try expectWords("The plan is ⟦GREAT⟧.")
        #expect(caps.word("GREAT").map { close($0.value, 3.1 * 1.3) } == true)
        // All in capitals: no word stands out.
        #expect(try expectWords("THE PLAN IS ⟦GREAT⟧.").word("GREAT")?.rules == [])
        let exclaimed = try expectWords("The plan is ⟦good⟧!!")
        #expect(close(exclaimed.score.emphasis, 0.5))
        #expect(exclaimed.score.compound > (try expectWords("The plan is ⟦good⟧.")).score.compound)
    }

    @Test func reversersTurnTheirObjectAround() throws {
        let threat = try expectWords("The ⟦treaty⟧ will reduce the ⟦threat⟧.")
        #expect(threat.word("threat")?.rules == [.reversal])
        #expect(threat.word("threat").map { close($0.value, -2.4 * -0.5) } == true)
        #expect(threat.score.compound > 0)
        #expect(try expectWords("They ended the ⟦cooperation⟧.").score.compound < 0)
        #expect(try expectWords("They ⟦want⟧ to avoid ⟦war⟧.").score.compound > 0)
        // A reverser's own valence counts when it has no object.
        #expect(try expectWords("They ⟦avoided⟧ it.").score.compound < 0)
        // It acts on what it governs, not on an adverb: "ended sadly".
        #expect(try expectWords("It ended ⟦sadly⟧.").word("sadly")?.rules == [])
    }

    @Test func namesAndPrepositionsAreNoSentiment() throws {
        try expectWords("The United Nations Security Council met today.")
        try expectWords("Countries like Japan are ⟦partners⟧.")
        #expect(try expectWords("I ⟦like⟧ it.").score.compound > 0)
        #expect(try expectWords("⟦Happy⟧ Birthday to you!").score.compound > 0)
    }

    @Test func inflectedFormsAndHeldLetters() throws {
        let saves = try expectWords("Jesus ⟦saves⟧.")
        #expect(saves.words.first?.value == 2.2)
        let sooo = try expectWords("It was ⟦goooood⟧.")
        #expect(sooo.word("goooood")?.rules == [.elongation])
    }

    @Test func emoticons() throws {
        #expect(try expectWords("Saw the game ⟦:)⟧").score.compound > 0)
        #expect(try expectWords("⟦Missed⟧ the bus ⟦:(⟧").word(":(")?.rules == [])
        // Brackets around a word are no emoticon.
        try expectWords("The ⟦Alliance⟧ (NATO) met.")
    }

    @Test func sharesAddUpToOne() throws {
        let scored = try score("The food was good but the service was terrible.")
        #expect(close(scored.score.positive + scored.score.negative + scored.score.neutral, 1, 1e-9))
        #expect(scored.score.compound >= -1 && scored.score.compound <= 1)
        let empty = try score("")
        #expect(empty.score.compound == 0 && empty.score.neutral == 1)
    }
}
