import Testing
@testable import TimelinePlugin
@testable import Workbench

/// Marker tests for the resolution rules that follow TimeBank's conventions: which year a
/// bare month is in when the clause is present or passive, intentions, `soon`, `the year`,
/// and anaphora to the last month or year named. The document date is fixed in each.
@Suite struct TimeConventionTests {
    @Test func aPresentTenseClauseTakesTheNearestYear() throws {
        // Dated 8 Jan. 2012: `are worth` says nothing about October, so the nearest one.
        try expectTimes("Her buildings, worth millions in ⟦October⟧, are worth half that ⟦now⟧.", ["2011-10", "PRESENT_REF"],
                        date: "2012-01-08")
    }

    @Test func aParticipleAfterBeTakesItsAuxiliarysTense() throws {
        // Dated 15 April 2012: `will be named` is future, not the past of `named`'s `-ed`.
        try expectTimes("She will be named commander of the mission in ⟦December⟧.", ["2012-12"], date: "2012-04-15")
        try expectTimes("She was named commander of the mission in ⟦December⟧.", ["2011-12"], date: "2012-04-15")
        // Nor does a participle before `by`.
        try expectTimes("Qantas will double its flights by ⟦August⟧ in search of markets untouched by the crisis.", ["2012-08"],
                        date: "2012-02-13")
    }

    @Test func agreedIsPast() throws {
        try expectTimes("The bank agreed in ⟦June⟧ to buy its rival.", ["2011-06"], date: "2011-10-30")
    }

    @Test func intentionsLookForward() throws {
        // Dated Tuesday 15 Nov. 2011: the Thursday of a plan is the coming one.
        try expectTimes("The team planned to leave Nairobi on ⟦Thursday⟧.", ["2011-11-17"])
        try expectTimes("The team left Nairobi on ⟦Thursday⟧.", ["2011-11-10"])
        try expectTimes("The peace process, set to resume ⟦Monday⟧ in Belfast, was attacked.", ["2011-11-21"])
        // What comes before the intention is the past it was made in.
        try expectTimes("On ⟦Friday⟧, the government planned to pay the families.", ["2011-11-11"])
    }

    @Test func soonIsTheFutureOnlyWhenItIsATime() throws {
        try expectTimes("Prosecutors will ⟦soon⟧ decide.", ["FUTURE_REF"])
        try expectTimes("He left as soon as he could, and soon after that the talks ended.", [])
        try expectTimes("He was soon released.", [])
    }

    @Test func theYearIsTheReferenceYearUnlessMeasured() throws {
        try expectTimes("Earnings will be lower for ⟦the fiscal year⟧.", ["2011"])
        try expectTimes("Shares rose to a high for ⟦the year⟧ in June.".replacingOccurrences(of: " in June", with: ""), ["2011"])
        try expectTimes("It lost money in ⟦the year⟧ ended ⟦March 31⟧.", ["P1Y", "2011-03-31"])
        try expectTimes("Sales should grow throughout ⟦the year⟧.", ["P1Y"])
        try expectTimes("He promised to halve unemployment by ⟦the year two thousand⟧.", ["2000"], date: "1998-02-05")
        try expectTimes("The plan runs to ⟦the year 2020⟧.", ["2020"])
    }

    @Test func spokenYearsCloseMonthsAndSeasons() throws {
        try expectTimes("⟦January nineteen ninety-seven⟧. Atlanta again.", ["1997-01"], date: "1998-02-27")
        try expectTimes("Oil fell to the level we saw in the ⟦winter of nineteen ninety-four⟧.", ["1994-WI"], date: "1998-02-23")
    }

    @Test func lastOrNextMonthWithADayIsThatDay() throws {
        try expectTimes("He was shot to death ⟦last Oct. 23⟧ at his home.", ["1998-10-23"], date: "1999-04-19")
        try expectTimes("The vote is ⟦next March 5⟧.", ["2012-03-05"])
    }

    @Test func anaphoraUseTheLastMonthOrYearNamed() throws {
        try expectTimes("In ⟦March⟧, the company received an offer. ⟦The following month⟧, it put itself up for sale.",
                        ["2011-03", "2011-04"], date: "2011-10-27")
        try expectTimes("He fled in ⟦June 1998⟧ and returned ⟦later that year⟧.", ["1998-06", "1998"], date: "2000-01-28")
    }
}
