import Testing
@testable import CooperationPlugin

/// The cue families of taxonomy 1.1.0 (from the guideline's definitions and conventions), each
/// with a sentence that should get its area and one that only mentions the topic. Own texts.
@Suite struct CueFamilyTests {
    @Test func agreeingWithAnOpinionIsNoCooperation() throws {
        #expect(try coopAreas("I agree with the minister that terrorism is a grave threat.") == [])
        #expect(try coopAreas("The two governments agreed to act against terrorism.") == ["counter-terrorism"])
    }

    @Test func buildingsAreNotPeacebuilding() throws {
        #expect(try coopAreas("The security forces searched the buildings in the village.") == [])
        #expect(try coopAreas("An Afghan-international security force detained a militant in Helmand province.") == ["peace-stabilisation"])
        #expect(try coopAreas("The United Nations mission will stay to help the country.") == ["peace-stabilisation"])
    }

    @Test func stabilisationIsMatchedAsAWord() throws {
        #expect(try coopAreas("The allies support the stabilization of Iraq.") == ["peace-stabilisation"])
    }

    @Test func tradeAgreementsAssertCooperationThemselves() throws {
        #expect(try coopAreas("The two countries finalised a free trade agreement last week.") == ["economic-trade"])
        #expect(try coopAreas("Exports fell as tariffs rose in the spring.") == [])
    }

    @Test func developmentAndReliefFamilies() throws {
        #expect(try coopAreas("We call for international cooperation for development.").contains("development-reconstruction"))
        #expect(try coopAreas("Donors will help with emergency relief for the internally displaced.").contains("humanitarian-disaster"))
        #expect(try coopAreas("Thousands of people were internally displaced by the floods.") == [])
    }

    @Test func theClimateOfAConversationIsNoClimatePolicy() throws {
        #expect(try coopAreas("The partners hope the political climate will improve.") == [])
        #expect(try coopAreas("The partners agreed to fight climate change together.") == ["energy-climate"])
    }

    @Test func intelligenceNeedsSharing() throws {
        #expect(try coopAreas("Both parties agreed that the intelligence on Iraq was flawed.") == [])
        #expect(try coopAreas("The allies will exchange information on the networks.") == ["intelligence-sharing"])
        #expect(try coopAreas("The two agencies agreed to provide intelligence to each other.") == ["intelligence-sharing"])
    }

    @Test func visitsAndTalks() throws {
        #expect(try coopAreas("The Russian president visits Brazil this week.").contains("political-dialogue"))
        #expect(try coopAreas("The ministers held talks with their counterparts in Seoul.") == ["political-dialogue"])
    }

    @Test func militaryAidIsNoDevelopmentAid() throws {
        #expect(try coopAreas("France agreed to provide military aid to the Iraqi army.").contains("development-reconstruction") == false)
        #expect(try coopAreas("Japan agreed to provide aid to the flood-hit provinces.").contains("development-reconstruction"))
    }

    @Test func anEmbargoIsJointArmsControl() throws {
        #expect(try coopAreas("The EU embargo on arms exports to the region stays in place.") == ["arms-control"])
    }

    @Test func aPeacefulMissionIsNoPeaceMission() throws {
        #expect(try coopAreas("We reaffirm our peaceful mission as a promoter of cooperation.").contains("peace-stabilisation") == false)
        #expect(try coopAreas("The allies agreed to extend the peace mission in the Sahel.").contains("peace-stabilisation"))
    }

    @Test func calamitiesAreDisasters() throws {
        #expect(try coopAreas("After the calamity, Japan is taking every possible action to assist them.") == ["humanitarian-disaster"])
        #expect(try coopAreas("The calamity of the war years is remembered every spring.") == [])
    }
}
