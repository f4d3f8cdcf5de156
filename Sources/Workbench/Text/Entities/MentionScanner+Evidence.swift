/// Capitalised words no lexicon claims: a person when the context says so, else left
/// unknown for linking (a surname seen before, an acronym of a name in the document).
extension MentionScanner {
    mutating func classifyUnknown(_ piece: Range<Int>, sentence: Range<Int>, weak: Bool, headline: Bool) {
        var range = piece
        if range.count == 1 && view.isAllCaps(range.lowerBound) {
            var candidate = Candidate(tokens: range, start: view.start(range.lowerBound), end: view.end(range.lowerBound),
                                      kind: nil, source: .unknown)
            candidate.isAcronym = true
            add(candidate)
            return
        }
        // A sentence's first word that is common in the corpus is not part of the name
        // after it ("Yesterday Smith said" aside, "Faced with …").
        if weak, range.count > 1, isCommon(range.lowerBound) { range = (range.lowerBound + 1)..<range.upperBound }
        // Words before a given name are its pre-modifiers, not the name: "Lib Dem Norman
        // Baker", "Political Correspondent James Hardy".
        if let given = range.dropFirst().first(where: { view.has($0, .givenName) }), given + 1 < range.upperBound,
           (given..<range.upperBound).allSatisfy({ view.isCapitalized($0) || !view.tokens.flags[$0].contains(.spaceBefore) }) {
            range = given..<range.upperBound
        }
        range = trimmed(range)
        if range.isEmpty { return }
        if weak && range.count == 1 && isCommon(range.lowerBound) { return }
        if let cue = placeCue(around: range, sentence: sentence) {
            var candidate = Candidate(tokens: range, start: view.start(range.lowerBound), end: view.end(range.upperBound - 1),
                                      kind: .place, source: .cue)
            candidate.canonical = view.text(range)
            _ = cue
            add(candidate)
            return
        }
        let evidence = personEvidence(range, sentence: sentence, headline: headline)
        var candidate = Candidate(tokens: range, start: view.start(range.lowerBound), end: view.end(range.upperBound - 1),
                                  kind: evidence == .strong ? .person : nil, source: evidence == .strong ? .evidence : .unknown)
        candidate.speechOnly = evidence == .speechOnly
        add(candidate)
    }

    /// Without glued hyphens or lowercase words at either end (`-to-peer`).
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && !view.isCapitalized(lo) { lo += 1 }
        while hi > lo && !view.isCapitalized(hi - 1) { hi -= 1 }
        return lo..<hi
    }

    private func isCommon(_ i: Int) -> Bool {
        view.vocabulary.isCommonWord(view.id(i)) || view.has(i, .neverName) || view.has(i, .nonEntity)
    }

    /// Looks like part of a person's name: a word, never written lowercase (or mostly
    /// capitalised), not all capitals, not a brand (`TimeWarner`).
    func isNameLike(_ i: Int) -> Bool {
        view.tokens.classes[i] == .word && !isCommon(i) && !view.isAllCaps(i) && !view.hasInnerCapital(i)
            && view.end(i) - view.start(i) >= 2
    }

    /// Person evidence around capitalised words: a given name first, a title or role noun
    /// right before (`spokesman John Smith`), a speech verb right after or before (`Tsuruoka
    /// believes`, `says Taku Ishikawa`, `according to …`), a role apposition or an age after
    /// (`Taku Ishikawa, Associate Professor …`, `John Smith, 45,`), or two to four name-like
    /// words (`Michito Tsuruoka`).
    /// How sure the context makes a person of capitalised words.
    enum PersonEvidence {
        case none
        /// One word next to a speech verb: companies speak too ("Apple said"), so linking
        /// asks for a surname match or a `he`/`she` after it.
        case speechOnly
        case strong
    }

    func personEvidence(_ range: Range<Int>, sentence: Range<Int>, headline: Bool) -> PersonEvidence {
        let first = range.lowerBound, after = range.upperBound
        if range.contains(where: view.hasInnerCapital) { return .none }
        if range.count >= 2 && view.has(first, .givenName) { return .strong }
        // Capitalised words alone say little in a title-case line ("For Immediate Release").
        if !headline && range.count >= 2 && range.count <= 4 && range.allSatisfy(isNameLike) { return .strong }
        // The evidence below also fits organisations ("Google said"): a single word must at
        // least look like a name.
        if range.count == 1 && !isNameLike(first) { return .none }
        let speech: PersonEvidence = range.count == 1 ? .speechOnly : .strong
        if after < sentence.upperBound {
            if view.form(after) == "," && after + 1 < sentence.upperBound && hasRoleOrAge(at: after + 1, sentence: sentence) { return .strong }
            if view.has(after, .speechVerb) { return speech }
            if after + 1 < sentence.upperBound && ["also", "then", "later", "has", "had"].contains(view.form(after))
                && view.has(after + 1, .speechVerb) { return speech }
        }
        if first > sentence.lowerBound {
            let before = first - 1
            if hasRoleNoun(endingAt: first, sentence: sentence) { return .strong }
            if view.has(before, .speechVerb) && !view.isCapitalized(before) { return speech }
            if before > sentence.lowerBound && view.form(before) == "to" && view.form(before - 1) == "according" { return speech }
        }
        return .none
    }

    /// A place cue right after the name, lowercase or capitalised (`Musa Qal'ah district`,
    /// `Helmand River`), or right before it (`Camp Bastion`, `Lake Baikal`).
    func placeCue(around range: Range<Int>, sentence: Range<Int>) -> PlaceCue? {
        let after = range.upperBound
        if after < sentence.upperBound, view.has(after, .startsPlaceCue), let cue = gazetteer.longestPlaceCue(words: view.forms(after..<min(sentence.upperBound, after + 3)), from: 0),
           cue.cue.position == .after, cue.cue.isStrong {
            return cue.cue
        }
        let before = range.lowerBound - 1
        if before >= sentence.lowerBound, view.isCapitalized(before), view.has(before, .startsPlaceCue),
           let cue = gazetteer.longestPlaceCue(words: [view.form(before)], from: 0), cue.cue.position == .before, cue.cue.isStrong {
            return cue.cue
        }
        return nil
    }

    /// `, Associate Professor …`, `, a doctor,`, `, the former prime minister of …`, `, 45,`.
    func hasRoleOrAge(at i: Int, sentence: Range<Int>) -> Bool {
        if view.tokens.classes[i] == .number { return i + 1 < sentence.upperBound && view.form(i + 1) == "," }
        return roleNoun(at: i, sentence: sentence) != nil
    }

    /// The role phrase at `i`, after an optional article and up to two modifiers (`the former
    /// prime minister`): the tokens of the phrase itself.
    func roleNoun(at i: Int, sentence: Range<Int>) -> Range<Int>? {
        var k = i
        if k < sentence.upperBound && view.has(k, .determiner) { k += 1 }
        var modifiers = 0
        while k < sentence.upperBound && modifiers < 2 {
            let limit = min(sentence.upperBound, k + 6)
            if view.has(k, .startsTitle), let title = gazetteer.longestTitle(words: view.forms(k..<limit), from: 0), title.title.isRoleNoun || title.title.isTitle {
                return k..<(k + title.length)
            }
            guard view.has(k, .roleModifier) else { return nil }
            k += 1
            modifiers += 1
        }
        return nil
    }

    /// A lowercase title or role noun right before `i` (`spokesman John Smith`, `prime
    /// minister Tony Blair`).
    private func hasRoleNoun(endingAt i: Int, sentence: Range<Int>) -> Bool {
        for length in 1...3 where i - length >= sentence.lowerBound {
            let lo = i - length
            if view.isCapitalized(lo) || !view.has(lo, .startsTitle) { continue }
            if let title = gazetteer.longestTitle(words: view.forms(lo..<i), from: 0), title.length == length,
               title.title.isTitle || title.title.isRoleNoun { return true }
        }
        return false
    }
}
