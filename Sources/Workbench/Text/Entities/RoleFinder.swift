/// A role found in one document, with the document's own entity numbers.
struct LocalRole: Equatable {
    var person: Int
    var role: String
    var organization: Int?
    var start: Int
    var end: Int
}

/// Finds people's roles and affiliations in one document, from linked mentions:
/// - apposition: `Taku Ishikawa, Associate Professor in the National Defense Academy’s
///   Department of International Relations` (`X, the Y of Z` too);
/// - fronted apposition: `A Senior Research Fellow at Japan’s National Institute for Defence
///   Studies in Tokyo, he …` (`he` is the most recent person before the sentence);
/// - title before a name: `NATO Secretary General Anders Fogh Rasmussen`, `NATO’s Secretary
///   General …`, `Professor John Smith of Oxford University`.
/// The organisation of `A’s B` is B (`Academy’s Department` → the Department).
struct RoleFinder {
    let view: EntityTokens
    let scanner: MentionScanner
    let mentions: [LinkedMention]
    let kinds: [EntityKind]
    /// Token index → index in `mentions` of the mention starting there.
    private var mentionAt: [Int: Int] = [:]
    private(set) var roles: [LocalRole] = []

    init(view: EntityTokens, scanner: MentionScanner, mentions: [LinkedMention], entities: [LocalEntity]) {
        self.view = view
        self.scanner = scanner
        self.mentions = mentions
        self.kinds = entities.map(\.kind)
        for (index, mention) in mentions.enumerated() where mentionAt[mention.tokens.lowerBound] == nil {
            mentionAt[mention.tokens.lowerBound] = index
        }
    }

    mutating func find(_ sentences: DocumentSentences) {
        for s in 0..<sentences.count {
            let sentence = sentences.tokenRange(s)
            guard !sentence.isEmpty else { continue }
            frontedApposition(sentence)
        }
        let candidates = scanner.candidates
        for mention in mentions where kinds[mention.entity] == .person {
            let sentence = sentenceRange(of: mention.tokens.lowerBound, in: sentences)
            apposition(after: mention, sentence: sentence)
            let candidate = candidates[mention.candidate]
            if let title = candidate.title, !candidate.titleIsHonorific { titled(mention, title: title, owner: candidate.titleOwner, sentence: sentence) }
        }
    }

    private func sentenceRange(of token: Int, in sentences: DocumentSentences) -> Range<Int> {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sentences.endToken[mid]) <= token { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count ? sentences.tokenRange(lo) : token..<(token + 1)
    }

    /// `X, [the] ROLE [prep … ORG]`.
    private mutating func apposition(after mention: LinkedMention, sentence: Range<Int>) {
        let comma = mention.tokens.upperBound
        guard comma + 1 < sentence.upperBound, view.form(comma) == ",",
              let role = scanner.roleNoun(at: comma + 1, sentence: sentence) else { return }
        let organization = self.organization(after: role.upperBound, sentence: sentence)
        add(person: mention.entity, role: role, organization: organization?.entity,
            from: mention.start, to: organization.map { $0.end } ?? view.end(role.upperBound - 1))
    }

    /// `[A] ROLE prep … ORG …, he|X …` at the start of a sentence.
    private mutating func frontedApposition(_ sentence: Range<Int>) {
        var k = sentence.lowerBound
        while k < sentence.upperBound && view.tokens.classes[k] == .punctuation { k += 1 }
        guard k < sentence.upperBound, let role = scanner.roleNoun(at: k, sentence: sentence),
              role.upperBound < sentence.upperBound, view.has(role.upperBound, .affiliation) else { return }
        var comma = role.upperBound
        while comma < sentence.upperBound && comma < role.upperBound + 25 && view.form(comma) != "," { comma += 1 }
        guard comma + 1 < sentence.upperBound, view.form(comma) == "," else { return }
        guard let organization = organization(after: role.upperBound, sentence: role.upperBound..<comma) else { return }
        let subject = comma + 1
        var person: Int?
        if let index = mentionAt[subject], kinds[mentions[index].entity] == .person {
            person = mentions[index].entity
        } else if view.has(subject, .personPronoun) {
            let before = view.start(sentence.lowerBound)
            person = mentions.last { $0.end <= before && kinds[$0.entity] == .person }?.entity
        }
        guard let person else { return }
        add(person: person, role: role, organization: organization.entity, from: view.start(k), to: view.end(subject))
    }

    /// A title before a person's name: its owner in the same run (`NATO Secretary General`),
    /// a possessive owner (`NATO’s Secretary General`), or `of|at|from ORG` after the name.
    private mutating func titled(_ mention: LinkedMention, title: Range<Int>, owner: Int?, sentence: Range<Int>) {
        var organization: (entity: Int, end: Int)?
        if let owner, let index = mentions.firstIndex(where: { $0.candidate == owner }), kinds[mentions[index].entity] == .organization {
            organization = (mentions[index].entity, mentions[index].end)
        } else if title.lowerBound >= sentence.lowerBound + 2, view.tokens.classes[title.lowerBound - 1] == .possessive,
                  let index = mentions.lastIndex(where: { $0.tokens.upperBound == title.lowerBound - 1 }),
                  kinds[mentions[index].entity] == .organization {
            organization = (mentions[index].entity, mentions[index].end)
        } else if mention.tokens.upperBound < sentence.upperBound, ["of", "at", "from"].contains(view.form(mention.tokens.upperBound)) {
            organization = self.organization(after: mention.tokens.upperBound, sentence: sentence, within: 3).map { ($0.entity, $0.end) }
        }
        let start = min(view.start(title.lowerBound), mention.start)
        add(person: mention.entity, role: title, organization: organization?.entity, from: start, to: max(mention.end, organization?.end ?? 0))
    }

    /// The first organisation mentioned after `k` (within `within` tokens, before a comma or
    /// another person), or rather the one after it when it is `A’s B`.
    private func organization(after k: Int, sentence: Range<Int>, within: Int = 12) -> (entity: Int, end: Int)? {
        var t = k
        while t < sentence.upperBound && t < k + within {
            let form = view.form(t)
            if form == "," || form == ";" || form == "(" { return nil }
            if let index = mentionAt[t] {
                let mention = mentions[index]
                if kinds[mention.entity] == .person { return nil }
                if kinds[mention.entity] == .organization {
                    var head = mention
                    while head.tokens.upperBound + 1 < sentence.upperBound,
                          view.tokens.classes[head.tokens.upperBound] == .possessive,
                          let next = mentionAt[head.tokens.upperBound + 1], kinds[mentions[next].entity] == .organization {
                        head = mentions[next]
                    }
                    return (head.entity, head.end)
                }
                t = mention.tokens.upperBound
                continue
            }
            t += 1
        }
        return nil
    }

    private mutating func add(person: Int, role: Range<Int>, organization: Int?, from start: Int, to end: Int) {
        let found = LocalRole(person: person, role: view.text(role), organization: organization, start: start, end: max(start, end))
        if roles.contains(where: { $0.person == found.person && $0.role.lowercased() == found.role.lowercased() && $0.organization == found.organization }) { return }
        roles.append(found)
    }
}
