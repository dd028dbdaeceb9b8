package io.storytrace.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who speaks: the constructions of real news that the speaker rules are written for. */
class SpeakerAttributionTest {

    private static List<String> speakers(String text) {
        return QuoteExtractorTest.quotes(text).stream()
                .map(q -> String.valueOf(q.speaker()))
                .toList();
    }

    /**
     * The everyday frames of news attribution, one quotation or more each, every one of them by the
     * speaker given with the case: a regression table for the speaker rules.
     */
    static Stream<Arguments> everydayFrames() {
        return Stream.of(
                Arguments.of(
                        "the air force",
                        "KYIV (Reuters) - Russia launched 40 drones at Ukraine overnight, Ukraine's air force said on Sunday.\n\n\"Most of them were shot down,\" the air force said in a statement on Telegram."),
                Arguments.of(
                        "South Korea",
                        "Tests\n\nThe North fired two missiles on Friday.\n\nSouth Korea accused the North's leader, Pak Tae-song, of “fanatic recklessness.”"),
                Arguments.of(
                        "Dana Okoro",
                        "Veto\n\nThe spokesman defended the veto on Friday.\n\n“The rationales for it don’t hold weight,” said 9/11 widow Dana Okoro."),
                Arguments.of(
                        "the ad’s narrator",
                        "Ads\n\nSenator Ilse Varga has a new campaign ad hitting Omar Vell.\n\n“If he thinks that makes him smart,” the ad’s narrator says."),
                Arguments.of(
                        "a judge",
                        "Court\n\nOmar Vell was due to be released in September.\n\nBut a judge ruled that Vell should remain in jail because of his “history of absconding”."),
                Arguments.of(
                        "protesters",
                        "Curfew\n\nOmar Vell was shot by police on Tuesday.\n\nProtesters marching through the streets chanted “What curfew?” and kept going until 2 a.m."),
                Arguments.of(
                        "Tam Ostrander",
                        "Primary\n\nTuesday at Harlow College in Berea, OH, after winning the state primary, Gov. Tam Ostrander (R-OH), said, “I am getting ready to rent a covered wagon.”"),
                Arguments.of(
                        "Thames Valley Police",
                        "A man has been arrested after a woman was stabbed in Reading, Thames Valley Police said.\n\n“Inquiries are continuing and we would urge anyone with information to come forward,” the force said."),
                Arguments.of(
                        "Federal Aviation Administration",
                        "Boeing Co said on Wednesday it would cut 10% of its workforce.\n\nThe Federal Aviation Administration said it was monitoring the situation. “Safety remains our priority,” the agency said."),
                Arguments.of(
                        "Norvella Foods Inc.",
                        "CHICAGO (Reuters) - Norvella Foods Inc said on Tuesday it was recalling about 40,000 jars sold in 14 U.S. states.\n\nThe company said it had received three complaints. “Out of an abundance of caution, we are asking parents not to feed these products to their children,” it said in a statement.\n\nThe recall was posted on the website of the U.S. Food and Drug Administration."),
                Arguments.of(
                        "a Network Rail spokesperson",
                        "Heat\n\nSpeed restrictions were imposed on several lines.\n\n“Rails can reach temperatures 20C higher than the air,” a Network Rail spokesperson said."),
                Arguments.of(
                        "Joe Santangelo",
                        "Leak\n\nEight people were taken to hospitals after a leak at a hotel.\n\n“The readings were some of the highest I’ve seen in my career.”\n\nThat was the assessment of Lakewood Fire Marshal Joe Santangelo, who said a boiler vent was the source."),
                Arguments.of(
                        "Titus Nabwera",
                        "Funeral\n\nLeaders traded barbs at a funeral on Saturday.\n\n“Those who are busy counting votes should first tell us what they did.”\n\nThe jab came from Lurambi MP Titus Nabwera, who was responding to remarks made earlier."),
                Arguments.of(
                        "Kendra Oyelaran",
                        "Miami\n\nA former bank manager pleaded guilty on Thursday.\n\n“This defendant used his position of trust,” Kendra Oyelaran for the Southern District of Florida said in a statement."),
                Arguments.of(
                        "Helen Thwaite",
                        "Dame Vivienne Orr has said the party has lost its way completely. She said that nobody reads the manifesto.\n\nParty chairman Helen Thwaite hit back on Monday morning. Asked about the remarks on Times Radio, she said: “The party has moved on.”"),
                Arguments.of(
                        "A representative for Grant Holloway",
                        "Split\n\nThe producer Grant Holloway and the actor Danica Reyes have divorced.\n\nGrant has mostly stayed quiet. A representative for the producer told TMZ that he “wishes Danica nothing but happiness”."),
                Arguments.of(
                        "A spokesperson for Lux",
                        "Reunion\n\nLux has not said whether the cast will return for a fifth season. A spokesperson for the network declined to comment on casting but said that “the reunion speaks for itself.”"),
                Arguments.of(
                        "Halvern Holdings Inc",
                        "Recall\n\nThe regulator ordered the recall on Monday.\n\n“We are reviewing the decision,” Halvern Holdings Inc. said in a statement to Reuters."),
                Arguments.of(
                        "Another Tanager shareholder",
                        "Bid rejected\n\nThe board of Tanager rejected the offer.\n\nAnother Tanager shareholder, who asked not to be named, said the board had been “too quick to slam the door”. “Priya has done a decent job,” the investor said."),
                Arguments.of(
                        "a lawyer for the family",
                        "Inquest\n\nAna Ruiz died in March. “We will appeal,” a lawyer for the family said."),
                Arguments.of(
                        "lawyers for the family",
                        "Inquest\n\nAna Ruiz died in March. “We will appeal,” lawyers for the family said in a statement."),
                Arguments.of(
                        "Kestrel Markets Authority",
                        "Bank closed\n\nSavers queued outside branches of Dunmore Bank on Friday.\n\nThe country's financial regulator, the Kestrel Markets Authority, revoked Dunmore Bank's licence on Oct. 3, citing what it called “systematic violations” of capital rules."),
                Arguments.of(
                        "Halvern Payroll",
                        "Payroll breach\n\nUK payroll firm Halvern Payroll has confirmed that attackers took names, National Insurance numbers and bank details of 1.4 million employees, three weeks after it first disclosed what it called a “cyber incident”."),
                Arguments.of(
                        "Greystone Homes",
                        "Homes plan for Marsh Lane\n\nDeveloper Greystone Homes submitted a planning application to Hexley District Council last week.\n\nIn a press release, the company said the scheme would deliver “much-needed homes”. “We have listened carefully to feedback from our public consultation,” it said."),
                Arguments.of(
                        "Werner Botha-Naidoo",
                        "Power cuts return\n\nThe DA’s spokesperson on electricity, Werner Botha-Naidoo, said the party would write to the chairperson of the portfolio committee.\n\nHe said the committee should summon the Eskom board. Speaking to Newzroom Afrika later, he added: “Somebody must be held accountable.”"),
                Arguments.of(
                        "Carla Jimenez-Ruiz",
                        "Governor vetoes school bill\n\nA spokesperson for the governor, Ben Adair-Lusk, said in an email that the administration had flagged its concerns in writing. He attached no documents, and the governor’s office said it would welcome seeing them.\n\nThe Assembly co-author, Rep. Carla Jimenez-Ruiz (R-Waukesha), was notably more measured. She told Wisconsin Public Radio that she was “disappointed but not surprised”."),
                Arguments.of(
                        "Hana Okonkwo-Reyes",
                        "Fertility app left health data exposed\n\nBloomcycle, a New York-based startup, left a database open to the internet for seven weeks.\n\nOn Friday evening, Bloomcycle co-founder and CEO Hana Okonkwo-Reyes published a post on the company’s blog acknowledging the exposure.\n\n“Earlier this month, we learned that a database had been misconfigured,” she wrote."),
                Arguments.of(
                        "Eleanor Nakamura",
                        "Voice actor dies at 88\n\nWalter Nakamura, whose voice made the cartoon hero Captain Comet a Saturday-morning fixture, died Sunday at his home in Pasadena. He was 88.\n\nHis wife, Eleanor Nakamura, said the cause was heart failure.\n\n“Walt was the funniest man I ever met,” she said in a statement.\n\nMr. Nakamura landed the role almost by accident."),
                Arguments.of(
                        "The prime minister’s official spokesperson",
                        "Their housing spokesperson, Alistair McKinnon, wants an inquiry into the contract.\n\nThe prime minister’s official spokesperson told reporters on Sunday that the minister had “acted properly throughout”. Asked whether No 10 would refer the matter to the adviser, the spokesperson said: “There is a process, and that process is independent.”"),
                Arguments.of(
                        "Daniel Okafor-Brett",
                        "Minister fights for his job\n\nThe building safety minister, Daniel Okafor-Brett, was fighting to save his job on Sunday.\n\nCalloway Facades won the contract in January. Its chair, Graham Whitcombe, gave £15,000 to the minister’s local party in 2023.\n\nAppearing on BBC One, the minister insisted he had done nothing wrong.\n\n“I make no apology for wanting to get dangerous cladding off people’s homes faster,” he said."),
                Arguments.of(
                        "Kingsmoor Athletic",
                        "Kingsmoor Athletic captain Lewis Brannigan will retire at the end of the season. His boot sponsor, Harlow Sportswear Ltd, thanked him for 17 years.\n\nIn a statement, the club said: ‘Lewis Brannigan is Kingsmoor Athletic.’"),
                Arguments.of(
                        "My manager",
                        "I was stuck for years. My manager at the time told me, “You’re too old for ingénues.” I was 34."),
                Arguments.of(
                        "Tottenham Hotspur",
                        "Jose Mourinho is the new manager of Tottenham Hotspur.\n\nTottenham posted an image of Mourinho holding up a shirt from its Twitter account on Wednesday, with the caption: \"Welcome Jose\"."),
                Arguments.of(
                        "Karan Deshmukh",
                        "Karan Deshmukh was left out of the squad.\n\nDeshmukh himself has stayed silent, though he posted an Instagram story on Tuesday afternoon that read simply: \"Keep showing up. Keep scoring.\""),
                Arguments.of(
                        "Ministry of National Defense",
                        "Beijing offered a different account. Late Monday, China’s Ministry of National Defense issued a statement that was read in full by an anchor on the state broadcaster CCTV.\n\n“The United States deliberately stirs up trouble in the South China Sea,” the statement said."),
                Arguments.of(
                        "Veyra Mobile",
                        "Veyra Mobile unveiled the Lumen 5 on Tuesday. The phone costs $499.\n\n“Lumen 5 is designed to be the last phone many of our customers will need to buy,” the company said."),
                Arguments.of(
                        "Mr Moyles’ family",
                        "Terence Moyles, 74, died in hospital on Sunday.\n\nIn a statement released through Greater Manchester Police, Mr Moyles’ family said: “Terry was the kindest man you could ever meet.”"),
                Arguments.of(
                        "Robert Gates",
                        "Defense Secretary Robert Gates said Thursday he will review the Marine Corps.\n\nLast year, the Pentagon chief said the Corps had “gotten too big” and would be trimmed."),
                Arguments.of(
                        "Martin Indyk",
                        "Martin Indyk said the talks were over. The Palestinian Authority has joined the court, and Israel has pledged to punish it.\n\n“Now it’s hard to see what could persuade the Palestinians” to hold up on their ICC plans, Indyk said."),
                Arguments.of(
                        "Jane Ode",
                        "The council voted on Monday. Calling the plan “a betrayal of every renter in the city,” Councillor Jane Ode said she would appeal."),
                Arguments.of(
                        "Ana Ruiz",
                        "Talks\n\nSecretary of State Ana Ruiz sent a letter to the board, praising its “steady hand.”"),
                Arguments.of(
                        "The Tellan Post",
                        "Endorsement\n\nThe Tellan Post endorsed Mara Quill on Wednesday, a day after the Kestrel Council backed her rival.\n\n“She has executive experience,” the daily wrote."),
                Arguments.of(
                        "the captain",
                        "Standoff\n\nThe ferry turned back on Monday. According to Ana Ruiz, the captain shouted: “Turn back now.”"),
                Arguments.of(
                        "the Orvanian government",
                        "Talks resumed in Ostra on Monday with Ana Ruiz.\n\n“We are ready to talk,” the Orvanian government said."),
                Arguments.of(
                        "Mara Quill",
                        "Mara Quill spoke at the rally. At one point, she referred to the protesters as “the wellies brigade.”"),
                Arguments.of(
                        "Jane Ode",
                        "The council voted on Monday, Mark Oduya said. Calling the mayor’s rival, Ana Ortiz, “the best partner this city could ask for,” Councillor Jane Ode rebuked the mayor."),
                Arguments.of(
                        "Robert Gates",
                        "WASHINGTON (Aug. 13) -- Declaring \"the maritime soul of the Marine Corps\" is at stake, Defense Secretary Robert Gates said Thursday he will review the service."),
                Arguments.of(
                        "Eric Schmidt",
                        "Larry Page and Eric Schmidt ran the meetings.\n\nOn occasion, Page would grow more animated, and Schmidt would carefully shut him down, saying, “We heard you, Larry. Thank you.”"),
                Arguments.of(
                        "Larry Page",
                        "Larry Page founded the company. One of the engineers, Ron Dolin, started yelling at Page in a meeting.\n\nHeather Cairns later asked Page what he was doing.\n\n“I want to know how everyone does their job,” he replied."),
                Arguments.of(
                        "Shaygan Kheradpir",
                        "Shaygan Kheradpir told journalists that the app is ready. Verizon is negotiating with providers such as Time Warner to hammer out agreements.\n\n“The engineering work is done,” he said."),
                Arguments.of(
                        "Shannon Cross",
                        "Shannon Cross, an analyst at Cross Research, said Cook is a good choice.\n\nCross also said Jobs put in place a “culture of innovation” at Apple."),
                Arguments.of(
                        "Art Levinson",
                        "Art Levinson, the chairman, said Jobs’ “vision saved Apple.”\n\nHe said that Jobs will continue to provide “his unique insights,” and that the board has “complete confidence” in Cook."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\n“We are relieved,” said Jane Doe, a spokeswoman for the Harbour Authority."),
                Arguments.of(
                        "Maria Delgado-Ferris",
                        "Sen. Harold Vickery was absent.\n\n“Fire does not check your registration,” the bill’s lead sponsor, Sen. Maria Delgado-Ferris (D-Ore.), said on the floor."),
                Arguments.of(
                        "Marcus Adebayo-Finch",
                        "The minister resigned on Saturday.\n\nMarcus Adebayo-Finch, the MP for Wexcombe North, who sits on the same committee, wrote on X that the news was ‘a real loss’."),
                Arguments.of(
                        "Rosalind Castellanos",
                        "The FDA rejected the drug.\n\nRosalind Castellanos, founder of the advocacy group ALS Forward, whose husband died of the disease in 2019, called Monday’s decision “a death sentence.”"),
                Arguments.of(
                        "Alasdair Munro-Gillies",
                        "Scotland lost to Wales.\n\nScotland head coach Alasdair Munro-Gillies was more pointed, describing the yellow card as ‘harsh’."),
                Arguments.of(
                        "Tanya Abeysekera",
                        "The nurses walked out.\n\nVictoria’s health minister, Tanya Abeysekera, urged both parties to return to the table and said the government would not be “held to ransom.”"),
                Arguments.of(
                        "Ciarán O’Dowd",
                        "The court heard the statement.\n\nDefence barrister Ciarán O’Dowd SC said his client had ‘shown remorse’."),
                Arguments.of(
                        "Jose Villacorta",
                        "Ramon Dela Paz denied it.\n\nDela Paz's lawyer, Atty. Jose Villacorta, called the affidavit \"hearsay.\""),
                Arguments.of(
                        "Daniel Kiprono Rotich",
                        "Daniel Kiprono Rotich finished second.\n\nRotich, 33, who is known on the circuit as “The Metronome” for his even pacing, stayed with the leader until the bridge but said he could not answer the surge.\n\n“I am not finished,” he said."),
                Arguments.of(
                        "one mother",
                        "Teenagers run business accounts.\n\nWIRED spoke to one mother, who knew her son was masquerading as a Go-Kart Track on Instagram. “I am so ahead of every other parent,” she said."),
                Arguments.of(
                        "Jo Hale",
                        "Impeachment\n\nJo Hale testified on Tuesday. She described Trump’s call with the president as “improper.”"),
                Arguments.of(
                        "Kestrel Live",
                        "The Driftwood Festival has been cancelled.\n\nIn a statement posted on the festival’s website late on Monday, the organisers, Kestrel Live, said:\n\n“It is with enormous sadness that we cancel.”"),
                Arguments.of(
                        "Anthony Okafor-Blake",
                        "Anthony Okafor-Blake quit in March. He listed the reforms he had championed in his first year at the Ministry of Justice:\n\n“We had the public with us.”"),
                Arguments.of(
                        "the fire department",
                        "Chief Dale Ruiz said the alarms worked.\n\nIn a post on Facebook, the fire department wrote: “Please check your alarms.”"),
                Arguments.of(
                        "the research team",
                        "The wreck lies off Vis, the ministry told the broadcaster HRT.\n\nIn a report submitted to the ministry, the research team describes the wreck as “remarkably intact”."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe, 45, runs the ferry.\n\n“We are relieved,” Doe, 45, said."),
                Arguments.of(
                        "The head of the International Monetary Fund",
                        "Growth slowed in March.\n\nThe head of the International Monetary Fund said the figures were “disappointing”."),
                Arguments.of(
                        "Kristalina Georgieva",
                        "Kristalina Georgieva, the head of the International Monetary Fund, spoke on Monday. The head of the International Monetary Fund said growth was “disappointing”."),
                Arguments.of(
                        "Russia’s ambassador",
                        "The council met on Friday.\n\nRussia’s ambassador said the resolution was “a provocation”."),
                Arguments.of(
                        "Tom Reyes",
                        "Acme Holdings reported its results.\n\nThe chief executive of Acme Holdings, Tom Reyes, said the quarter was “exceptional”."),
                Arguments.of(
                        "the chief executive of Acme Holdings",
                        "Acme Holdings reported its results.\n\n“It was exceptional,” said the chief executive of Acme Holdings."),
                Arguments.of(
                        "Liu Xiaming",
                        "China’s ambassador to Britain accused the UK of meddling and warned that the Chinese government “will not sit on our hands”.\n\nChina’s ambassador to Britain Liu Xiaming has said that China has “enough solutions”."),
                Arguments.of(
                        "Jones’s attorney",
                        "Sarah Jones denies the charges.\n\nJones’s attorney said in a court filing that the claims were “baseless”."),
                Arguments.of(
                        "Smith’s spokesman",
                        "Appeal\n\nSarah Smith lost the case. “We will appeal,” Smith’s spokesman said."),
                Arguments.of(
                        "Mr. Johnson’s spokesman",
                        "Cabinet\n\nThe chancellor was under pressure. Mr. Johnson’s spokesman told reporters: “The prime minister has full confidence in the chancellor.”"),
                Arguments.of(
                        "Boris Johnson’s spokesman",
                        "Cabinet\n\nBoris Johnson’s spokesman said: “The prime minister has full confidence in the chancellor.”"),
                Arguments.of(
                        "Pentagon",
                        "Strike\n\nThe Pentagon on Monday said the strike was “a success”."),
                Arguments.of(
                        "Jane Doe",
                        "Appeal\n\nJane Doe late last week told the BBC: “We will appeal.”"),
                Arguments.of(
                        "Chuck Schumer",
                        "Vote\n\nSenate Majority Leader Chuck Schumer on Nov. 3 called the bill “a disgrace”."),
                Arguments.of(
                        "The ministry",
                        "Strike\n\nThe ministry said in a statement that the strike was “a violation of international law”."),
                Arguments.of(
                        "White House",
                        "Condolences\n\nThe White House issued a statement on Friday. “The president is deeply saddened,” the statement said. “He sends his prayers,” it said."),
                Arguments.of(
                        "Kremlin",
                        "Talks\n\nPresident Vladimir Putin did not attend. The Kremlin said the talks were “useful”. It added that they would “continue”."),
                Arguments.of(
                        "The club",
                        "Injury\n\nThe striker was hurt in training. The club’s statement said he was “recovering well”."),
                Arguments.of(
                        "Sarah Jones",
                        "Claims\n\nSarah Jones denied the claims. “They are false,” her statement said."),
                Arguments.of(
                        "Oluwaseun Adegbite-Martins",
                        "Arrests\n\nThe Lagos State Police Command said 43 persons were arrested. In a statement, the command’s spokesman, SP Oluwaseun Adegbite-Martins, said the suspects would be charged.\n\n“The Command will not allow any group to hijack a lawful protest,” the statement read."),
                Arguments.of(
                        "White House",
                        "Condolences\n\nThe White House issued a statement on Friday. “The president is deeply saddened,” the statement read."),
                Arguments.of(
                        "Karthik Raghunathan",
                        "Perth defeat\n\nPERTH: India’s batting coach Karthik Raghunathan on Sunday defended the top order, insisting there was “no panic” in the camp."),
                Arguments.of(
                        "A representative for Whitaker",
                        "Tour\n\nA representative for Whitaker confirmed the news to PEOPLE, adding that the 42-year-old was “expected to make a full recovery.”"),
                Arguments.of(
                        "a buyer for a major London department store",
                        "Fashion\n\nThe collection drew mixed reviews, and a buyer for a major London department store, who asked not to be named, said it was “impossible to sell”."),
                Arguments.of(
                        "Another Tanager shareholder",
                        "Bid\n\nThe board rejected the offer. Another Tanager shareholder said the board had been “too quick to slam the door”."),
                Arguments.of(
                        "Inter-Services Public Relations",
                        "Raid\n\nThe Inter-Services Public Relations (ISPR) said troops had raided a compound. “Four terrorists were killed,” the ISPR said."),
                Arguments.of(
                        "Pakistan Professional Cricketers’ Association",
                        "Pay\n\nThe Pakistan Professional Cricketers’ Association (PPCA) waded into the row. “Players have not been paid,” the statement said."),
                Arguments.of(
                        "Mr Moyles’ lawyer",
                        "Court\n\nTerence Moyles denies the charge. Mr Moyles’ lawyer said: “He was nowhere near the scene.”"),
                Arguments.of(
                        "The Smiths’ lawyer",
                        "Court\n\nJohn and Mary Smith were sued. The Smiths’ lawyer said the claim was “absurd”."),
                Arguments.of(
                        "Ng Kai Xuan",
                        "Grants\n\nProfessor Ng Kai Xuan of the National University of Singapore said the plan was sound. “The real test will be take-up,” said Prof Ng."),
                Arguments.of(
                        "Saqr bin Humaid Al Suwaidi",
                        "Housing\n\nSheikh Saqr bin Humaid Al Suwaidi opened the complex. “A decent home for every citizen is a cornerstone of stability,” Sheikh Saqr said."),
                Arguments.of(
                        "Alistair Whitford-Mensah",
                        "Inquest\n\nSenior Coroner Alistair Whitford-Mensah said there had been ‘serious failings’. The coroner criticised the chase."),
                Arguments.of(
                        "Graham Oyelowo",
                        "Leadership\n\nThe row was fuelled by comments from former Defence Minister Graham Oyelowo, now a backbencher, who told Sky News Australia that the party room was “restless”."),
                Arguments.of(
                        "Harlan Regional Medical Center",
                        "Measles\n\nPeople who visited Harlan Regional Medical Center may have been exposed. Harlan Regional said in a post that it had set up a separate entrance “to protect our most vulnerable patients”."),
                Arguments.of(
                        "My father",
                        "Farming\n\nAnnegret Vollmer runs the dairy now. My father used to say, “The cows don’t care who is in government.”"),
                Arguments.of(
                        "Greystone Homes",
                        "Plan\n\nDeveloper Greystone Homes submitted an application to Hexley District Council last week. In a press release, the company said the scheme would deliver “much-needed homes”."),
                Arguments.of(
                        "Brightwater Energy",
                        "Fine\n\nOfgem has fined Brightwater Energy £9 million. In a statement, Brightwater said it “fully accepts Ofgem’s findings”."),
                Arguments.of(
                        "Ricardo Alvarado Quispe",
                        "Mine\n\nPeru’s Energy and Mines Minister Ricardo Alvarado Quispe said the rescue was “a reason for hope”."),
                Arguments.of(
                        "null",
                        "Interview\n\nYou’ve said you nearly gave up acting. “I was lost for a decade.”"),
                Arguments.of(
                        "one venture capitalist",
                        "Funding\n\nLumora raised $200 million. “At some point revenue has to catch up with the hype,” said one venture capitalist who passed on the deal."),
                Arguments.of(
                        "Rebecca Ashworth-Singh",
                        "Profits\n\nHalden’s cut its forecast, blaming what its finance chief called “a perfect storm” of wage rises. Finance chief Rebecca Ashworth-Singh told analysts the second half would be better."),
                Arguments.of(
                        "Héctor Saavedra",
                        "Strike\n\nUnion leader Héctor Saavedra told AFP the 2,300 workers would continue their strike “until the end.”"),
                Arguments.of(
                        "Lisa Park",
                        "Queues\n\nLisa Park, a teacher in Houston, was among those waiting. “I don’t know what we’ll do,” said Park, who has two children."),
                Arguments.of(
                        "Microsoft",
                        "Hack\n\nMicrosoft said in a blog post that the attack was “sophisticated”."),
                Arguments.of(
                        "Lynette Marsh",
                        "Fines\n\nLynette Marsh runs the regulator. Ofwat said it expected to finish soon. Marsh declined to name them but said the regulator would “not hesitate” to act."),
                Arguments.of(
                        "Tommy",
                        "Retiring early\n\nTommy — who only goes by his first name online — retired at 51. He never earned a six-figure salary, he wrote in a blog post.\n\n\"So much of our having a great retirement is mental,\" he wrote."),
                Arguments.of(
                        "WeWorkers Coalition",
                        "WeWork\n\nWorkers were told on Monday. The group, WeWorkers Coalition, formed in recent weeks. WeWork reached an agreement with JLL to accept the workers.\n\nIn a separate tweet, the group added that WeWork “is not following through on its promise”."),
                Arguments.of(
                        "Dick Clark Productions",
                        "AMAs\n\nThe row went on. The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted, though.\n\n\"Any final agreement needs to be made with her team. We have no further comment,\" they said."),
                Arguments.of(
                        "Ana Ruiz",
                        "Probe\n\nTom Hale spoke first. Among the critics was Ana Ruiz, who called the plan “reckless”."),
                Arguments.of(
                        "a career Army officer",
                        "Probe\n\nGordon Sondland testified on Wednesday. His appearance follows the testimony of four officials, including a career Army officer who described the call as “improper.”"),
                Arguments.of(
                        "Fiona Castellano",
                        "Rates\n\nThe Reserve Bank of Australia has kept the cash rate on hold, with Governor Fiona Castellano warning that the fight against inflation was “not over”."),
                Arguments.of(
                        "Daniel Okafor-Brett",
                        "Rates\n\nThe WhatsApp messages, first reported by the Observer, show Daniel Okafor-Brett writing to a senior official last November: “Can we get it over the line?”"),
                Arguments.of(
                        "a third fan",
                        "Fans\n\nAnika Rao returned on Monday. Others were simply relieved. “Me pretending I wasn’t refreshing her Instagram for 11 months,” wrote a third fan, alongside a GIF of a cat."),
                Arguments.of(
                        "the Congolese government",
                        "Talks\n\nThe rebel group M23 seized the town on Monday. In a statement read on state television, the Congolese government said it welcomed “every sincere step towards peace”."),
                Arguments.of(
                        "Harlow Baking Co.",
                        "Strike\n\nWorkers at Harlow Baking Co. walked out. The United Food and Bakery Workers Local 412 voted to reject what the company called its “last, best and final” offer."),
                Arguments.of(
                        "Sherrod Brown",
                        "Probe\n\nThe senator from Ohio, Sherrod Brown, called the bill “a giveaway”."),
                Arguments.of(
                        "Erik ten Hag",
                        "Ten Hag: ‘We deserved to win’\n\nErik ten Hag praised his players after the match. “We deserved to win,” the Manchester United manager said."),
                Arguments.of(
                        "Ilse van der Berg",
                        "Tennis\n\nIlse van der Berg won in three sets. Asked about the strapping on her right shoulder, she was blunt.\n\n“The shoulder is fine. We’ve been managing it since Wimbledon.\n\n“I’m not going to say it’s 100 percent.”"),
                Arguments.of(
                        "Morwenna Treloar",
                        "Books\n\nMorwenna Treloar married in 1958. Speaking on Desert Island Discs in 1998, she was characteristically blunt about it:\n\n‘People assume I wrote about Denzil because I was grieving.’"),
                Arguments.of(
                        "Helen Abara",
                        "Rivers\n\nThe fine was announced.\n\nHelen Abara, the MP for Wyebridge and Ledbury, whose constituency includes several of the worst-affected stretches of river, said she would act.\n\n“This fine is welcome,” she wrote on X."),
                Arguments.of(
                        "Analysts at Kumho Securities",
                        "Tariffs\n\nAnalysts at Kumho Securities wrote that U.S. demand was “too large to be met by domestic capacity alone.”"),
                Arguments.of(
                        "Analysts at Kumho Securities",
                        "Tariffs\n\nAnalysts at Kumho Securities wrote in a note to clients that the duties could cut profit, but that U.S. demand was “too large to be met by domestic capacity alone.”"),
                Arguments.of(
                        "Economists at Goldman Sachs",
                        "Outlook\n\nEconomists at Goldman Sachs said: “Growth will slow sharply.”"),
                Arguments.of(
                        "economists at Goldman Sachs",
                        "Outlook\n\n“Growth will slow sharply,” economists at Goldman Sachs wrote in a note."),
                Arguments.of(
                        "National Hurricane Center",
                        "Storm\n\nThe National Hurricane Center downgraded Ingrid to a Category 1 storm. Its advisory said \"considerable flash and urban flooding is likely\" across the region."),
                Arguments.of(
                        "National Weather Service",
                        "Floods\n\nThe National Weather Service issued a bulletin at noon. \"Move to higher ground now,\" the bulletin said."),
                Arguments.of(
                        "Kelechi Nwosu",
                        "Fuel\n\nAppearing on Channels Television's programme on Thursday, an energy analyst, Mr Kelechi Nwosu, said the dispute showed that the deregulated market was \"still finding its feet\"."),
                Arguments.of(
                        "Gary Pike",
                        "Mine\n\nThe WA Resources Workers Union said members learned of the decision online. \"They found out on a Teams call,\" the union's state secretary Gary Pike told the ABC."),
                Arguments.of(
                        "Penrose & Vale",
                        "Bankruptcy\n\nU.S. department store chain Penrose & Vale filed for Chapter 11 bankruptcy protection on Sunday. In court papers, the company said it had been \"unable to overcome a combination of elevated interest costs.\""),
                Arguments.of(
                        "Vessa Motors Inc.",
                        "Recall\n\nVessa Motors Inc. is recalling 41,000 SUVs, according to a filing posted Friday. The problem stems from “a timing conflict between two steering control modules,” according to the document."),
                Arguments.of(
                        "Altair Air",
                        "Outage\n\nAltair Air cancelled 400 flights on Friday after a computer outage, according to FlightAware. “We sincerely apologize to our customers,” the airline said in a statement to CNN. “This was not a cybersecurity incident.”"),
                Arguments.of(
                        "a sheriff",
                        "Jail\n\nA governor should know when a sheriff says “emergency” in writing."),
                Arguments.of(
                        "Tom Hale",
                        "Search\n\nThe families were told by Inspector Tom Hale that the search would be “scaled back but not stopped”."),
                Arguments.of(
                        "an officer at the hospital",
                        "Inquest\n\nDonna Ferris-Mahoney said she was told by an officer at the hospital that Kai had ‘just come off the bike on his own’ — something she believed for months."),
                Arguments.of(
                        "one critic",
                        "Albums\n\nThe album prompted one critic to call them “the sound of a wet Tuesday in Wakefield”."),
                Arguments.of(
                        "a Guardian critic",
                        "Albums\n\n“It is the sound of a wet Tuesday,” a Guardian critic wrote."),
                Arguments.of(
                        "an NBC reporter", "Briefing\n\n“Will you resign?” an NBC reporter asked."),
                Arguments.of(
                        "The pilot",
                        "Landing\n\nThe pilot radioed the tower: “We have lost an engine and are returning.”"),
                Arguments.of(
                        "critics",
                        "Film\n\nThe film has been described by critics as “a triumph of style over substance.”"),
                Arguments.of(
                        "his family",
                        "Crash\n\nKai Mahoney, pictured with his mum on his 16th birthday, was described by his family as a ‘gentle giant’ who dreamed of becoming a mechanic."),
                Arguments.of(
                        "Surender Singh Rathee",
                        "Lok Shakti Party wins with 54 seats; Rathee resigns, says ‘we accept the verdict with humility’\n\nChief Minister Surender Singh Rathee resigned on Thursday after his party lost."),
                Arguments.of(
                        "Doctors for Camp Closure",
                        "Flu\n\nThe doctors, members of a recently formed group Doctors for Camp Closure, offered free flu shots. Customs and Border Protection, part of Homeland Security, declined. A spokesperson for the Department of Homeland Security told NBC News the agency had never vaccinated detainees.\n\n“Flu season has already begun,” the doctors stated."),
                Arguments.of(
                        "Centre for Economic Policy Research",
                        "Tariffs\n\nDonald Trump imposed tariffs.\n\nAs we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that, using standard economic methods, \"the full incidence of the tariff falls on domestic consumers.\""),
                Arguments.of(
                        "Jonathan Pryce",
                        "Energy\n\nJonathan Pryce said the regulator would “no longer tolerate” repeat offenders."),
                Arguments.of(
                        "Callum Reyes-Whitford",
                        "Show\n\nCallum Reyes-Whitford left the show in 2021. Asked about season four, Reyes-Whitford was super coy: \"Never say never. Ashgrove is a weird place.\""),
                Arguments.of(
                        "Yvonne Okonkwo-Barrett",
                        "Council delays vote after marathon hearing\n\nMayor calls for ‘a cooling-off period’ as hundreds pack chambers\n\nMayor Yvonne Okonkwo-Barrett adjourned the meeting at midnight."),
                Arguments.of(
                        "Joanne Pettifer",
                        "Joanne Pettifer, 41, gave evidence on Monday.\n\nThe mother of two told jurors she had been “terrified”."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\nJane Doe, who chairs the harbour committee, said: “We are relieved.”"),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first.\n\n“We are relieved,” Doe told reporters on Tuesday."),
                Arguments.of(
                        "Harbour Authority",
                        "The harbour reopened.\n\nIn a statement, the Harbour Authority said: “We are relieved.”"),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\n“We are relieved,” according to Jane Doe, the harbour master."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first.\n\nAsked whether the quay was safe, Doe replied: “It is safe now.”"),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first.\n\n“It is safe,” she added, before leaving the stage."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe, a mother of three, is frustrated with the council.\n\n“Nobody listens to us.”"),
                Arguments.of(
                        "Tom Hale",
                        "Mayor Tom Hale opened the quay.\n\n“This is a good day,” the mayor said."),
                Arguments.of(
                        "Ana Ruiz",
                        "Tom Hale was charged.\n\n“He is innocent,” Hale’s lawyer, Ana Ruiz, said."),
                Arguments.of(
                        "Ana Ruiz",
                        "Tom Hale was charged.\n\n“He is innocent,” said the lawyer, Ana Ruiz."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe said in an interview that the quay was unsafe. “We warned them for years.”"),
                Arguments.of(
                        "Jane Doe", "Jane Doe spoke first.\n\n“It is safe,” she wrote on Twitter."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first. Ms. Doe was calm.\n\n“It is safe,” Ms. Doe said."),
                Arguments.of(
                        "Tom Hale",
                        "Dr. Tom Hale treated the crew.\n\n“They were cold,” Dr. Hale said."),
                Arguments.of("Jane Doe", "Jane Doe spoke first.\n\n“It is safe,” says Doe."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first.\n\n“It is safe,” Doe says of the decision."),
                Arguments.of("Jane Doe", "Jane Doe spoke first.\n\n“It is safe,” Doe explains."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke first.\n\nDoe put it bluntly: “It is a disgrace.”"),
                Arguments.of(
                        "the source",
                        "The talks stalled.\n\n“Nobody wants to blink,” the source said, speaking on condition of anonymity."),
                Arguments.of(
                        "Jane Doe",
                        "JANE DOE\n\nThe harbour reopened on Monday after a storm, Jane Doe said.\n\n“The damage was worse than we thought,” she said."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\n“The damage was worse than we thought,” Jane Doe, the harbour master, told the Evening Ledger on Monday."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\nJane Doe, the harbour master, told the Evening Ledger: “The damage was worse than we thought.”"),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\n“The damage was worse than we thought,” harbour master Jane Doe said."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened.\n\n“The damage was worse than we thought,” said harbour master Jane Doe, who has worked there since 1990."),
                Arguments.of(
                        "Jane Doe",
                        "The harbour reopened. Jane Doe has run it for years.\n\n“The damage was worse than we thought. We had to rebuild the wall,” she said. “Nobody expected it.”\n\n“We will be ready by spring.”"),
                Arguments.of(
                        "Doe",
                        "The harbour reopened.\n\n“The damage was worse than we thought,” Doe, the harbour master since 1990 and a former sailor, said in a phone interview."),
                Arguments.of(
                        "Jane Doe",
                        "Tom Hale and Jane Doe met on Monday. Hale said little.\n\nDoe was blunt. “It is a disgrace,” she said."),
                Arguments.of(
                        "Harbour Authority",
                        "The Harbour Authority closed the quay.\n\n“Safety comes first,” the authority said in a statement."),
                Arguments.of(
                        "Harbour Authority",
                        "The Harbour Authority closed the quay.\n\n“Safety comes first,” it said in a statement."),
                Arguments.of(
                        "the company",
                        "Ana Ruiz, 41, spoke first.\n\n“Prices will not rise,” the company said in a statement."),
                Arguments.of(
                        "Harbour Lane Productions",
                        "Harbour Lane Productions denied that it had settled with Northgate Records, the label behind the album.\n\n“At no time did we agree to a statement,” the production company said."),
                Arguments.of(
                        "Jane Doe", "Jane Doe, 45, spoke.\n\n“It’s not fair,” Doe said Tuesday."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke.\n\n“It’s not fair,” Doe said Tuesday during a news conference at City Hall."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke.\n\n“It’s not fair,” Doe, a Democrat, said Tuesday."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke.\n\n“It’s not fair,” Sen. Jane Doe (D-Ore.) said Tuesday."),
                Arguments.of(
                        "Jane Doe", "Jane Doe spoke.\n\n“It’s not fair,” Rep. Doe, D-Ore., said."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe spoke.\n\n“It’s not fair. We deserve better,” Doe said, adding that the council “must act now.”"),
                Arguments.of(
                        "Jane Doe",
                        "Tom Hale and Jane Doe disagree.\n\nHale wants a vote. Doe does not. “A vote solves nothing,” she said."),
                Arguments.of(
                        "Tom Hale", "Jane Doe met Tom Hale.\n\n“We talked for an hour,” he said."),
                Arguments.of(
                        "Jane Doe",
                        "The vote failed.\n\n“We lost,” Jane Doe, the party’s leader in the harbour ward and a former mayor, said on Monday night."),
                Arguments.of(
                        "Jane Doe",
                        "The vote failed.\n\nJane Doe did not hide her anger.\n\n“We were betrayed,” the former mayor said."),
                Arguments.of(
                        "Tom Hale",
                        "The vote failed.\n\nFormer mayor Tom Hale did not hide his anger.\n\n“We were betrayed,” the former mayor said."),
                Arguments.of(
                        "Doe",
                        "The quay closed.\n\n“I was shocked,” Doe, whose family has fished here for four generations, told the Evening Ledger. “Nobody warned us.”"),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed. Jane Doe was there.\n\n“I was shocked,” Doe recalled. “Nobody warned us.”\n\nShe has since moved inland."),
                Arguments.of(
                        "Harbour Authority",
                        "The quay closed.\n\nThe Harbour Authority did not respond to a request for comment. In a statement last week, it said the quay was “structurally unsound.”"),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed.\n\n“Nobody warned us,” Doe said of the closure, which came without notice. Jane Doe runs the café."),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed.\n\nAccording to Jane Doe, who runs the café, “nobody warned us.”"),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed.\n\n“Nobody warned us,” café owner Jane Doe said."),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed.\n\n“Nobody warned us,” café owner Doe said. Jane Doe has run it since 1990."),
                Arguments.of("Jane Doe", "The quay closed.\n\nJane Doe: “Nobody warned us.”"),
                Arguments.of(
                        "Jane Doe",
                        "The quay closed.\n\n“Nobody warned us” — Jane Doe, café owner."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe, 45, spoke.\n\n“Nobody warned us,” the 45-year-old said."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe, the café owner, spoke.\n\n“Nobody warned us,” the café owner said."),
                Arguments.of(
                        "Tom Hale",
                        "Jane Doe and her husband, Tom Hale, run the café.\n\n“Nobody warned us,” Hale said."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe and Tom Hale run the café.\n\n“Nobody warned us,” said Doe, who opened the café in 1990."),
                Arguments.of(
                        "Jane Doe",
                        "Jane Doe runs the café.\n\n“Nobody warned us,” Doe said in an email. “We found out from the radio.”"),
                Arguments.of(
                        "Jane Doe",
                        "Eviction\n\nJane Doe, 34, was evicted in March. Her landlord said the rent had not been paid.\n\n“We had nowhere to go,” the 34-year-old said."),
                Arguments.of(
                        "Jane Doe",
                        "Eviction\n\nMother-of-two Jane Doe was evicted in March. The council said the rent had not been paid.\n\n“We had nowhere to go,” the mum-of-two said. “Nobody helped,” the mum added."),
                Arguments.of(
                        "Tom Hale",
                        "Eviction\n\nFather-of-three Tom Hale was evicted in March. The council said the rent had not been paid.\n\n“We had nowhere to go,” the dad-of-three told the Mirror."),
                Arguments.of(
                        "Gary Abernathy",
                        "Farm\n\nWe talked about the farm. My dad – Gary Abernathy, he still runs the place – called me after the board meeting and said, “You just turned down more money than this farm ever made.”"),
                Arguments.of(
                        "Gary Abernathy",
                        "Farm\n\nThe farm has been in the family for a century. Her father – Gary Abernathy – still runs it with two hired hands. A neighbour, Tom Reed, helps at harvest.\n\n“We will never sell,” the father said."),
                Arguments.of(
                        "Tom Ferris",
                        "Radio\n\nLindahl shouted over the radio.\n\n“Box this lap, box this lap,” came the reply from his race engineer, Tom Ferris."),
                Arguments.of(
                        "Hector Ochoa",
                        "Flood\n\n“I thought I could make it. I was wrong.”\n\nThat’s what Hector Ochoa, 41, told WFAA on Tuesday, hours after firefighters pulled him from his pickup."),
                Arguments.of(
                        "Lukas Brandt",
                        "Market\n\nA truck drove into a crowded market on Saturday, police said.\n\n“People were screaming and running in every direction.” That was how Lukas Brandt, a 28-year-old student, described the moment the truck struck."),
                Arguments.of(
                        "Amara Bello",
                        "Phones\n\n“Take them away completely. Put them in a locker.”\n\nThat was the message from Grade 11 student Amara Bello, one of 14 delegates who addressed trustees."),
                Arguments.of(
                        "Dylan Rivas",
                        "Ice\n\n“Please, please, please stay home.”\n\nThat plea came Tuesday from Portland Bureau of Transportation spokesperson Dylan Rivas as freezing rain coated roads."),
                Arguments.of(
                        "Arbor Genetics",
                        "Trial\n\nA young man in a gene therapy trial has died, the therapy’s developer, Arbor Genetics, said Monday.\n\n“We are heartbroken,” the company said in a statement."),
                Arguments.of(
                        "Priya Raman",
                        "Judge\n\nMiriam Castellanos is retiring this spring.\n\n“She made you finish your thought,” says the clerk, Priya Raman, now a public defender in Santa Fe."),
                Arguments.of(
                        "Bashar al-Assad",
                        "Syria’s parliament met on Sunday.\n\n“Syria will rise again,” Bashar al-Assad said."),
                Arguments.of(
                        "Abdel Fattah el-Sisi",
                        "Talks resumed in Cairo.\n\n“Egypt stands with its brothers,” Egyptian President Abdel Fattah el-Sisi said on Monday."),
                Arguments.of(
                        "James Lankford",
                        "Senator James Lankford, an Oklahoma Republican who warned of the deficit’s dangers in the past, played down that threat on the Senate floor. “I understand it’s a risk,” he said."),
                Arguments.of(
                        "Gerhard Müller",
                        "Cardinal Gerhard Müller heads the Vatican’s doctrinal office.\n\n“This is a provocation,” Mueller said in scathing remarks."),
                Arguments.of(
                        "Gavin Schmidt",
                        "“It means the faster you go, the worse it is,” said Gavin Schmidt, a climate scientist.\n\nLet's say we resign ourselves to a warmer world. “Adaptation will be very dependent on where people are,” he said."),
                Arguments.of(
                        "Lindsey",
                        "A post about a fake illness spread on Reddit. “Eleven days ago, a woman was found dead,” Lindsey wrote.\n\nApparently Lindsey’s posts were so well constructed that people called the town. “I am so scared,” she wrote."),
                Arguments.of(
                        "Department of Conservation",
                        "Whales\n\nA ranger, Manu Taupunga, led the rescue. Why whales strand remains elusive, but “sickness, navigational error or extreme weather” are all thought to contribute, according to the Department of Conservation."),
                Arguments.of(
                        "the Harlan State head coach",
                        "Game\n\nThe team lost again on Saturday.\n\n\"We played badly,\" the Harlan State head coach said."),
                Arguments.of(
                        "Ana Ruiz",
                        "March\n\nThousands marched on Saturday.\n\n“It was chaos,” one of the protesters, Ana Ruiz, said."),
                Arguments.of(
                        "a member of the audience",
                        "Chaos\n\nEdward Lorenz presented his paper in Tokyo. After his talk, a question came from a member of the audience: “Did you change the initial condition just slightly?”"),
                Arguments.of(
                        "Ana Ruiz",
                        "Tape\n\nAna Ruiz recorded the song in one take. At the end you can hear her say, “That's the one, that's the take.”"),
                Arguments.of(
                        "Halima Onoja-Yusuf",
                        "Police rescue 12 kidnapped passengers\n\nThe Police Public Relations Officer in the state, SP Halima Onoja-Yusuf, said in a statement on Monday that the victims were rescued.\n\n“All 12 victims were rescued unhurt,” the PPRO added."),
                Arguments.of(
                        "Kwabena Asante-Boateng",
                        "Galamsey\n\nThe Member of Parliament for Amansie South, Hon. Kwabena Asante-Boateng, has called on government to act.\n\nMaking a statement on the floor of Parliament on Thursday, the NPP legislator said: “Galamsey is killing our rivers.”"),
                Arguments.of(
                        "Owen Pritchard",
                        "Local elections\n\nThe Greens took control of the council.\n\nEarlier, Labour’s national campaign coordinator, Owen Pritchard, said the party had “held up well in the places that matter”."),
                Arguments.of(
                        "Paul Harwood",
                        "Final\n\nAston Villa manager Paul Harwood did not hide from it. “We were not good enough in the first half,” he told TNT Sports."),
                Arguments.of(
                        "Benjamin Netanyahu",
                        "Talks\n\nBenjamin Netanyahu strongly warned against making a “bad deal” during his March 3 address to Congress."),
                Arguments.of(
                        "one of the people familiar with the matter",
                        "Sanctions\n\nThe Treasury is preparing a fresh round of sanctions, two people familiar with the matter said on Thursday.\n\n“The goal is to make every barrel more expensive to move,” said one of the people familiar with the matter."),
                Arguments.of(
                        "Natalie Forbes",
                        "Rescue\n\nThree fishermen were pulled from a life-raft.\n\n“They did everything right,” said Lt.-Cmdr. Natalie Forbes, a spokesperson for the centre. “They got their survival suits on.”"),
                Arguments.of(
                        "Paul Smith",
                        "Parade\n\nThe regiment marched on Sunday.\n\n“They did well,” said Maj.-Gen. Paul Smith."),
                Arguments.of(
                        "The daughter of one victim",
                        "Care home theft\n\nSharon Pettigrew, 52, was jailed for four years for stealing from residents.\n\nThe daughter of one victim said in a statement read to the court that her mother had been left with nothing. “Mum trusted that woman completely,” she said."),
                Arguments.of(
                        "Omolola Adebiyi-Ajose",
                        "Bridge protest\n\nAn engineering consultant, Dr Taiwo Ogunleye, described the collapse as a failure foretold.\n\nThe state Police Public Relations Officer, SP Omolola Adebiyi-Ajose, who confirmed the protest, said it ended without incident.\n\n“Our men were deployed to maintain law and order,” she said."),
                Arguments.of(
                        "Jacqueline Woodson",
                        "Books\n\nBrown Girl Dreaming\n\nJacqueline Woodson\n\nWoodson won the National Book Award for this childhood memoir in verse. It begins with Woodson's birth in 1963. \"I am born on a Tuesday at University Hospital / Columbus, Ohio.\" A wonderful model for young readers wanting to write their own family stories."),
                Arguments.of(
                        "Eskom",
                        "Eskom warns of load-shedding\n\nEskom has warned that South Africans could face stage 4 load-shedding this week.\n\nIn a statement on Sunday, the state-owned power utility said: “Unplanned outages stand at 17 800MW.”"),
                Arguments.of(
                        "Chicago Transit Authority",
                        "CTA to halt service\n\nThe Chicago Transit Authority will suspend overnight service between Jefferson Park and O’Hare International Airport for six weekends, the agency announced Monday.\n\nThe work is needed to eliminate “slow zones that have frustrated riders for years,” the agency said in a statement."),
                Arguments.of(
                        "Jennifer Aldana",
                        "Lawsuit\n\nThe family sued Desert Vista Medical Center on Monday.\n\nA spokeswoman for Desert Vista, Jennifer Aldana, said the hospital could not comment on pending litigation but was “saddened by the loss of any patient.”"),
                Arguments.of(
                        "Kendra Oyelaran",
                        "Bank\n\nRicardo Esteban Lugo was sentenced.\n\n“This defendant used his position of trust,” U.S. Attorney Kendra Oyelaran for the Southern District of Florida said in a statement."),
                Arguments.of(
                        "Eleri Vaughan",
                        "Court\n\n“Using your own child as cover is about as low as it gets,” Recorder Eleri Vaughan said.\n\nThe recorder added that Jordan Prosser had been “motivated purely by greed”."),
                Arguments.of(
                        "Kumar",
                        "Factory\n\nWhen contacted, the company's Human Resources Manager, who identified himself only as Mr Kumar, said: “The company is handling the matter.”"),
                Arguments.of(
                        "Bangko Sentral ng Pilipinas",
                        "Rates\n\nThe Bangko Sentral ng Pilipinas (BSP) kept its key policy rate unchanged on Thursday.\n\n“The Monetary Board deems it prudent to keep settings steady,” the BSP said in a statement."),
                Arguments.of(
                        "Antony Blinken",
                        "Talks\n\n“We made progress,” said Secretary of State Antony Blinken."),
                Arguments.of(
                        "Jeff Zients",
                        "White House\n\n“It is done,” Chief of Staff Jeff Zients said."),
                Arguments.of(
                        "Orla Penhallow",
                        "Strike\n\nNurses will walk off the job next week.\n\n“Our members are exhausted,” Coastal Nurses and Midwives’ Association general secretary Orla Penhallow said."),
                Arguments.of(
                        "Ann Treharne",
                        "Strike\n\nTeachers will walk out on Monday.\n\n“Our members are exhausted,” said Teachers’ Union president Ann Treharne."),
                Arguments.of(
                        "Maren Lindqvist",
                        "Crows\n\n“Honestly, we assumed the crows would ignore the cards completely.”\n\nMaren Lindqvist, a behavioural ecologist at Harrowgate University, had good reason to doubt it. No one had shown it before."),
                Arguments.of(
                        "Declan Ashby",
                        "Wage ballot\n\n“If this passes, I'm raising prices or I'm closing. There's no third option.”\n\nThat is the blunt assessment of Declan Ashby, who owns two pubs in Salem."),
                Arguments.of(
                        "Monetary Policy Committee",
                        "Rates\n\nKARACHI: The Monetary Policy Committee on Monday kept the rate unchanged, saying the decision was “consistent with the target”."),
                Arguments.of(
                        "Ahsan Warrick",
                        "Talks\n\nFederal Minister for Health Ahsan Warrick on Friday ruled out talks, saying the government would not be “blackmailed by street power”."),
                Arguments.of(
                        "Kiran Sethi",
                        "Stampede\n\n“We have some leads. The accused will be arrested soon,” said Deputy Commissioner of Police (Metro) Kiran Sethi."),
                Arguments.of(
                        "Corinne Vasquez",
                        "Night show\n\n“This is a scandal,” host Corinne Vasquez started. “Nobody in this city is talking about it.”\n\nThe show “Late Desk” started in 1998."));
    }

    @ParameterizedTest
    @MethodSource("everydayFrames")
    void everyQuotationInAnEverydayFrameGoesToItsSpeaker(String speaker, String text) {
        assertThat(speakers(text)).isNotEmpty().allMatch(speaker::equals);
    }

    /**
     * Short stories in which several people speak, by role, pronoun and name, across paragraphs:
     * the speakers of their quotations in order.
     */
    static Stream<Arguments> storiesWithSeveralSpeakers() {
        return Stream.of(
                Arguments.of(
                        List.of("Jamal Pierce", "Marcus Ellwood", "Jamal Pierce", "Marcus Ellwood"),
                        "Podcast\n\nMarcus Ellwood and Jamal Pierce won a title together in 2007. They still cannot agree on how.\n\n“I was wide open in the corner and you know it,” Pierce said on this week’s episode.\n\n“You were open because nobody thought you could shoot,” Ellwood replied.\n\n“I was shooting 41% from three that year.”\n\n“On nineteen attempts.”"),
                Arguments.of(
                        List.of("demonstrators", "Anne Lowry"),
                        "Rally\n\nThousands rallied outside the Statehouse. “My body, my choice!” demonstrators chanted as senators arrived.\n\nRoger Caldwell has faced criticism. A Caldwell spokesperson, Anne Lowry, dismissed it. “The leader’s door is always open,” she said."),
                Arguments.of(
                        List.of("Alan Whitcomb", "Gregory Vance", "Alan Whitcomb"),
                        "Hearing\n\nGregory Vance clashed with Democrats on Wednesday.\n\n“Will you commit?” Sen. Alan Whitcomb, D-Del., asked.\n\n“I will follow the law,” Vance replied.\n\n“That’s not what I asked,” the Delaware Democrat said."),
                Arguments.of(
                        List.of("Karen Lindgren", "Tasha Moore", "Karen Lindgren", "Marcus Webb"),
                        "Debate\n\nRepublican Karen Lindgren and Democrat Tasha Moore clashed on Thursday. “My opponent had a chance,” Lindgren said. “Homicides are down,” Moore said.\n\n“I’ve said it’s a state issue,” the Republican replied.\n\nState Sen. Marcus Webb, a Tampa Democrat, spoke next. Jorge Albarrán, a Miami Republican, disagreed with him.\n\nThe Democrat shook his head. “We’ve heard this before,” he said."),
                Arguments.of(
                        List.of("Dante Sims", "Kieran Lowe", "Tom Aldridge", "Diego Schwartzman"),
                        "Fight\n\nKieran Lowe and Dante Sims met the press. Sims, the champion, predicted a knockout. “He’s never been in with anyone like me,” he said.\n\nLowe, 29, who grew up in south London, laughed it off. “He talks a lot,” the Londoner said.\n\nEngland captain and Yorkshire opener Tom Aldridge watched. India captain Rohan Mehta had made a century. “They bowled better lengths than us,” the Yorkshireman said.\n\nDiego Schwartzman won in three sets. “I played unreal tennis,” the 14th-ranked Schwartzman said."),
                Arguments.of(
                        List.of(
                                "Stefan Haller",
                                "Stefan Haller",
                                "Stefan Haller",
                                "Mark Pennock",
                                "Mark Pennock"),
                        "Draw\n\nLeeds head coach Stefan Haller said his side had been robbed. Sunderland counterpart Mark Pennock, whose side had ten men, felt the decision was clear-cut.\n\n“It’s never a penalty,” said Haller. “Our player gets the ball first.” “Everybody can see it,” he added.\n\nPennock saw it differently. “I’ve watched it back three times and he clips the lad’s ankle,” he said. “Stefan is entitled to his opinion.”"),
                Arguments.of(
                        List.of("Matthias Brandt", "Stefan Keller", "Matthias Brandt"),
                        "Margin\n\nChief executive Matthias Brandt said carmakers had pushed back orders. “Delays cost money,” he told reporters.\n\nFinance chief Stefan Keller said the group now aimed for a lower margin. “We have levers on the cost side,” Keller said.\n\n“We will look at every plant,” the chief executive said."),
                Arguments.of(
                        List.of(
                                "Tom Hale",
                                "Electoral Commission",
                                "Tom Hale",
                                "Employment Tribunal"),
                        "Bail\n\n“Bail is meant to secure attendance,” said Tom Hale.\n\nIn a statement, the Electoral Commission said investigations were continuing. “Others are still being investigated,” the commission said.\n\n“I was sacked for speaking up,” Hale said. The Employment Tribunal disagreed. “The dismissal was fair,” the tribunal ruled."),
                Arguments.of(
                        List.of("Ibrahim Baba-Inuwa", "Ahmed Abdille"),
                        "Flood\n\nThe Director-General of the State Emergency Management Agency,"
                                + " Alhaji Ibrahim Baba-Inuwa, told journalists that 14"
                                + " communities were affected.\n\n“We have opened two camps,” he"
                                + " said.\n\nKMPDU Secretary-General Dr Ahmed Abdille said talks"
                                + " had failed. “Our interns have been at home for nine months,”"
                                + " the union boss added."),
                Arguments.of(
                        List.of("Gurnam Singh", "Harjeet Singh Brar", "Prakash Kulkarni"),
                        "Drugs\n\nJaspreet’s uncle, Gurnam Singh, said drugs were easy to find."
                                + " “Everybody knows who sells it,” he said.\n\nBathinda SSP"
                                + " Harjeet Singh Brar said a post-mortem had been conducted. “We"
                                + " will act,” the SSP told The Indian Express.\n\nMinister of State"
                                + " for Electronics and IT Prakash Kulkarni rejected the demand."
                                + " “The fears are not in the text,” the minister said."),
                Arguments.of(
                        List.of("Marisol Etxeberria", "A veteran English teacher"),
                        "School\n\nMarisol Etxeberria banned phones in 2019. “The kids weren’t the"
                                + " problem,” Etxeberria says.\n\nA veteran English teacher recalls"
                                + " the staff meeting where the ban was announced. “You could hear"
                                + " people thinking, she’s not going to last.”"),
                Arguments.of(
                        List.of("Tom Ellingham", "a publicist"),
                        "Profile\n\nTom Ellingham orders a second espresso. “I’m trying to be"
                                + " calmer,” he says.\n\nMidway through the conversation, a"
                                + " publicist leans in to remind him of a fitting. “He’ll be five"
                                + " minutes late,” she says."),
                Arguments.of(
                        List.of("Franklin Odom", "prosecutors"),
                        "Sentence\n\nU.S. District Judge Franklin Odom said officials must be held"
                                + " to a higher standard. “When an elected official steals, he"
                                + " doesn’t just take money,” Odom said.\n\nProsecutors had sought"
                                + " 30 months. In a sentencing memo, they wrote that Toller had"
                                + " “lied to donors, lied to regulators and lied to investigators.”"),
                Arguments.of(
                        List.of("Federal Trade Commission", "Pembrook Medical"),
                        "Deal\n\nThe Federal Trade Commission sued to block Pembrook Medical’s"
                                + " purchase of Alder Health. “Patients have benefited from that"
                                + " rivalry,” the FTC said.\n\nPembrook said it would fight the"
                                + " lawsuit. “We strongly disagree,” the company said."),
                Arguments.of(
                        List.of(
                                "Anuradha Sehgal",
                                "Farrukh Nadeem Jafri",
                                "Mohsin Raza Bhatti",
                                "Farrukh Nadeem Jafri"),
                        "Court\n\nNew Delhi: Justice Anuradha Sehgal of the Delhi High Court pulled"
                                + " up a gym chain, observing that privacy “cannot be traded for"
                                + " convenience”.\n\nJustice Farrukh Nadeem Jafri was hearing a"
                                + " petition. “The state is responsible,” Justice Jafri observed."
                                + "\n\nDeputy Attorney General Mohsin Raza Bhatti told the court the"
                                + " police were “making every effort”.\n\n“Three weeks have"
                                + " passed,” the judge remarked."),
                Arguments.of(
                        List.of("Matthias Brandt", "Stefan Keller", "Matthias Brandt"),
                        "Cuts\n\nChief executive Matthias Brandt said orders were delayed."
                                + " “Delays cost money,” he told reporters.\n\nFinance chief Stefan"
                                + " Keller said the group aimed lower. “We have levers on the cost"
                                + " side,” Keller said.\n\nAsked whether job cuts were on the table,"
                                + " the chief executive said nothing had been decided. “We will look"
                                + " at every plant.”"),
                Arguments.of(
                        List.of("Leonard Whitaker", "Gerald Orr", "Leonard Whitaker"),
                        "Panel\n\nBillionaire investor Leonard Whitaker warned of a crash. “The"
                                + " market is overheated,” he said.\n\nFellow panelist Gerald Orr was"
                                + " skeptical. “Leonard has been predicting this for 15 years,” Orr"
                                + " said.\n\nThe billionaire shot back. “I’d rather be early than"
                                + " wrong,” he said."),
                Arguments.of(
                        List.of("Ben Carver", "Luke Halloran", "Luke Halloran"),
                        "Podcast\n\n“He’s finished here,” Ben Carver said on the episode.\n\n“You"
                                + " said it the March before,” his co-host, Luke Halloran, replied."
                                + "\n\nCarver argued that a £40 million offer would not come around"
                                + " again. Halloran was unmoved. “Two goals with no service.”"),
                Arguments.of(
                        List.of("RCMP", "Mathieu Lavoie"),
                        "Crash\n\n“Two people died at the scene,” RCMP said in a news release."
                                + "\n\n“Speed was a factor,” RCMP Const. Mathieu Lavoie told CBC"
                                + " News."),
                Arguments.of(
                        List.of("Karim Haddad", "A retired welder"),
                        "Surgeon\n\nKarim Haddad is now a GP in Govan. “I learned the whole supermarket before I learned the hospital,” he says.\n\nA retired welder, waiting to be seen, puts it more bluntly. “He’s the only doctor who’s ever asked about my wife,” he says."),
                Arguments.of(
                        List.of("Catherine Bloom", "Lucy Farrant", "Lucy Farrant"),
                        "Commons\n\nThe schools minister, Catherine Bloom, apologised. “I regret that the House was not informed first,” she said.\n\nThe shadow education secretary, the Conservative MP Lucy Farrant, said: “This is a government that treats Parliament as an afterthought.” “It is a disgrace,” the Tory frontbencher added."),
                Arguments.of(
                        List.of("Ruth Calder", "Joanne Mistry", "Ruth Calder"),
                        "Rebels\n\nRuth Calder, one of the rebels, said: “I did not come into politics to take money from pensioners.”\n\nPensions minister Joanne Mistry said the policy was necessary. “We inherited a black hole,” the minister said.\n\n“It is a fair question,” the backbencher shot back."),
                Arguments.of(
                        List.of("Nina Ashby", "Rosa Kemp"),
                        "Album\n\nNina Ashby has said her new album was born out of the end of her relationship with DJ Rosa Kemp. Kemp has since moved to Berlin, where she has a residency.\n\n“Every song on this record is about her,” the singer-songwriter told the Mirror.\n\nKemp told a Berlin magazine: “Nina is the most talented person I know.”"),
                Arguments.of(
                        List.of("Karen Mbeki", "Karen Mbeki", "Susan Farrow"),
                        "Trial\n\nProsecutors urged jurors to convict a former hospital nurse accused of killing three patients.\n\n“One nurse on duty every single time,” Assistant District Attorney Karen Mbeki told the jury. “Innocent people don’t research how to hide a murder,” the prosecutor argued.\n\nDefense attorney Susan Farrow said the records were poor. “The prosecutor wants you to fill in the gaps,” she said."),
                Arguments.of(
                        List.of("Wade Pruitt", "Luis Cardenas"),
                        "Barbs\n\nA dispute between Republican Gov. Wade Pruitt and state Sen. Luis Cardenas spilled into public view Thursday.\n\nPruitt accused Cardenas of holding the bill hostage. “Texans are tired of these games,” the governor said.\n\nHours later, Cardenas fired back. “I’m not going to sign a blank check,” the senator said."),
                Arguments.of(
                        List.of("Marcelo Lanús", "Julio Benedetti"),
                        "Derby\n\n“We were bad in every area of the pitch,” coach Marcelo Lanús said.\n\nThe club’s president, Julio Benedetti, ruled out sacking the coach. Asked whether Lanús’s job was safe, he said: “Completely.”"),
                Arguments.of(
                        List.of("Tyler Brandauer", "State fire marshal", "Startup founder"),
                        "Fire\n\nTyler Brandauer woke the family. “Anybody would’ve done it,” he said.\n\nRELATED: State fire marshal calls space heaters ‘leading cause’ of deadly winter fires\n\nMORE: Startup founder says AI tool will “change everything”"),
                Arguments.of(
                        List.of("Dana Whitfield", "Millbrook Teachers Union", "Owen Marsh"),
                        "Letters\n\nThe council received more than 400 letters. One, from Dana Whitfield, read: “She makes everybody smile.”\n\nA letter from the Millbrook Teachers Union read: “We object.”\n\nThe note, by Owen Marsh, read: “Back soon.”"),
                Arguments.of(
                        List.of("Joanne Pettifer"),
                        "Fraud trial hears as former bookkeeper says: ‘He told me nobody checks’\n\nDarren Kilbride, 44, denies fraud. Joanne Pettifer, his former bookkeeper, gave evidence on Tuesday."),
                Arguments.of(
                        List.of(
                                "Elias Brandvold",
                                "Rift Pro League",
                                "Thompson-Nicola Regional District"),
                        "Studio cuts 140 jobs as CEO cites ‘market reset’\n\nLanternfall Games CEO Elias Brandvold wrote to staff on Tuesday.\n\nThe Rift Pro League called the final “the most-watched match in its history,” citing a peak of 3.4 million viewers.\n\nThe Thompson-Nicola Regional District issued the evacuation order just after 5 p.m., citing an “immediate danger to life safety due to fire.”"),
                Arguments.of(
                        List.of("Aliyu Kangiwa", "Amrit Sandhu", "Kwabena Owusu"),
                        "Contract\n\nIn a letter dated 12 March, the agency's Director of Procurement, Aliyu Kangiwa, wrote to the company: “We are pleased to inform you.”\n\nIn a victim impact statement read to the court, the shop worker, 19-year-old Amrit Sandhu, said: “I still have nightmares.”\n\nThe Asokwa branch chairman of the Ghana Private Road Transport Union (GPRTU), Mr Kwabena Owusu, said drivers were living in fear.\n\n“Our members are being targeted every week,” he said."),
                Arguments.of(
                        List.of("Nana Kwame Yeboah", "Patience Quaye"),
                        "Bail\n\n“He is not a flight risk,” Nana Kwame Yeboah argued.\n\nThe presiding judge, Her Honour Mrs Patience Quaye, dismissed the application.\n\n“This court is not minded to grant bail at this stage,” the judge ruled."),
                Arguments.of(
                        List.of(
                                "Karen Sowerby",
                                "Chaminda Rathnayake",
                                "the judge",
                                "the foreperson"),
                        "Flood\n\n“River levels are still rising,” said Environment Agency flood duty manager Karen Sowerby.\n\nThree suspects have been arrested, Police Media Spokesman SSP Chaminda Rathnayake said today. “It is too early to say,” he said.\n\n“Have you reached a verdict?” asked the judge. “We have, your honor,” the foreperson replied."),
                Arguments.of(
                        List.of("Morristown Police Department", "NSW Police"),
                        "Bear\n\nA black bear was spotted near a school, the Morristown Police Department said in a Facebook post. “The bear appears healthy,” police wrote.\n\nIn Dubbo, NSW Police said a man handed himself in at Dubbo Police Station. “He attended the station with a lawyer,” police said."),
                Arguments.of(
                        List.of("Kieran Doyle", "A spokesperson for the broadcaster"),
                        "Jungle\n\nFormer boyband star Alfie Rowe is reportedly heading to the ITV reality show.\n\nRowe’s former bandmate Kieran Doyle appeared to hint at the news, posting the words: “Good luck mate.”\n\nITV has not confirmed the line-up. A spokesperson for the broadcaster said: “We never comment on speculation.”"),
                Arguments.of(
                        List.of("Piers Morgan", "Piers Morgan"),
                        "Exit\n\nPiers Morgan quit the breakfast show on Tuesday after a row with a colleague, Alex Beresford. ITV said it had accepted his decision.\n\n“I still don’t believe her,” the presenter said later. “Freedom of speech is a hill I’m happy to die on,” he added."),
                Arguments.of(
                        List.of("Selena Gomez", "one fan", "Another fan", "Callum Price"),
                        "Post\n\nSelena Gomez shared a photo on Instagram. “Best day ever,” she wrote.\n\nFans flooded the comments. “So proud of you,” one wrote. Another added: “Love this.”\n\nOne of them, 17-year-old Callum Price, told the BBC: “I cried.”"),
                Arguments.of(
                        List.of(
                                "Antony Blinken",
                                "Israeli Prime Minister Benjamin Netanyahu’s office"),
                        "Truce\n\n“We are watching closely,” Antony Blinken told reporters.\n\n“The ceasefire holds,” Israeli Prime Minister Benjamin Netanyahu’s office said."),
                Arguments.of(
                        List.of(
                                "Ana Ruiz",
                                "a person briefed on the talks",
                                "sources close to the negotiations",
                                "two people with direct knowledge of the plan",
                                "three officials",
                                "a person familiar with the talks"),
                        "Talks\n\n“We are close,” Ana Ruiz said. “It is done,” a person briefed on the talks said. “Not yet,” sources close to the negotiations said. “Friday,” two people with direct knowledge of the plan told Reuters. “Maybe,” three officials said. “Soon,” said a person familiar with the talks."),
                Arguments.of(
                        List.of(
                                "Ana Ruiz",
                                "an official",
                                "one agent not involved in the negotiations",
                                "A woman who lives two doors down",
                                "a resident"),
                        "Deal\n\n“We are close,” Ana Ruiz said. “It is done,” an official who spoke on condition of anonymity said. “We are nearly there,” one agent not involved in the negotiations said. A woman who lives two doors down said: “It was terrifying.” “Nobody told us,” a resident who asked not to be named said."),
                Arguments.of(
                        List.of("Dante Reyes", "Dante Reyes", "null"),
                        "Dad\n\nThe singer Dante Reyes has a daughter. “Everything sounds different now,” he said.\n\nRead More: Dante Reyes Opens Up About Becoming a Dad: ‘Everything Sounds Different’\n\nREAD MORE: Hospital trust apologises after patient death 'could have been prevented'"),
                Arguments.of(
                        List.of("Corinne Mabry", "Corinne Mabry", "Shona Pike", "Shona Pike"),
                        "Fire\n\nCorinne Mabry, the fire chief, said crews had worked through the night. “We held the line,” she said. “That is what these volunteers do.”\n\n‘It went black at midday’\n\nAt the relief centre, resident Shona Pike said she had left her farm with her two dogs. “It went black at midday. I have never been so frightened,” she said."),
                Arguments.of(
                        List.of(
                                "Reginald Oyelowo-Banks",
                                "Carteret-Pamlico Emergency Management",
                                "Carteret-Pamlico Emergency Management"),
                        "Storm\n\nReginald Oyelowo-Banks, a county commissioner, said the storm was the worst in years. “We have never seen anything like it,” he said.\n\nThe Carteret-Pamlico Emergency Management office said on Facebook that it had received more than 300 calls overnight. “If you are safe and dry, please stay off the line,” the post said.\n\nThe office later wrote on X that power was back. “Thank you for your patience,” the tweet said."),
                Arguments.of(
                        List.of(
                                "Kristen Wiig",
                                "Kristen Wiig",
                                "Kristen Wiig",
                                "Kristen Wiig",
                                "Priya Venkataraman"),
                        "Interview\n\nKristen Wiig auditioned for a panel that included Tina Fey.\n\n“I was terrified,” Wiig says. “I had no idea what they wanted.”\n\n“So I thought, right, thanks for coming.”\n\nWiig joined the show in 2005. Fey was the first female head writer and has written about the macho culture of the show.\n\nIt was tough, she says: “Kind of like walking into someone's living room.”\n\nPriya Venkataraman, the host, pressed her. “Was there a moment?” she asked."),
                Arguments.of(
                        List.of("Tomasz Wierzbicki", "Malin Ekdahl"),
                        "Results\n\nChief Financial Officer Malin Ekdahl told analysts the quarter was strong. Tomasz Wierzbicki, an analyst at Nordbank, pressed her.\n\n“Is there a scenario where the board revisits the payout?” he asked.\n\n“No. The dividend policy stands,” the CFO replied."),
                Arguments.of(
                        List.of("Harriet Lomax", "Ines Carvalho-Byrne"),
                        "Interview\n\nBy Harriet Lomax\n\nInes Carvalho-Byrne opened her first restaurant in 2009.\n\n‘Would you ever open another restaurant?’ I ask as the bill arrives.\n\n‘Never,’ she says."),
                Arguments.of(
                        List.of("Anna Weber", "Carlos Fávaro"),
                        "Carlos Fávaro, Brazil’s agriculture minister, signed the deal. Deputy Minister of Trade Anna Weber said it was “mutual”.\n\nFávaro played down the trip. Asked about it, the minister answered: “We are partners.”"),
                Arguments.of(
                        List.of("Ana de la Cruz"),
                        "Vote\n\nAna de la Cruz won.\n\n“We did it,” de la Cruz said."),
                Arguments.of(
                        List.of("Mary-Jo Quill"),
                        "Vote\n\nMary-Jo Quill won.\n\n“We did it,” Quill said."),
                Arguments.of(
                        List.of("Liam O’Brien"),
                        "Vote\n\nLiam O’Brien won.\n\n“We did it,” O’Brien said."),
                Arguments.of(
                        List.of("J.K. Vane"),
                        "Vote\n\nAuthor J.K. Vane won.\n\n“We did it,” Vane said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Vote\n\nSen. Tom Hale (R-Ore.) won.\n\n“We did it,” Hale said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Vote\n\nGov. Tom Hale won.\n\n“We did it,” the governor said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Vote\n\nPresident Tom Hale won.\n\n“We did it,” Mr. Hale said."),
                Arguments.of(
                        List.of("Li Wei"),
                        "Vote\n\nLi Wei, the party chief, won.\n\n“We did it,” Li said."),
                Arguments.of(
                        List.of("Kwame Mensah-Bonsu"),
                        "Vote\n\nKwame Mensah-Bonsu won.\n\n“We did it,” Mensah-Bonsu said."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Vote\n\nAna Ruiz won. Her opponent, Tom Hale, conceded.\n\n“We did it,” Ms. Ruiz said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Vote\n\nTom Hale won.\n\n“We did it,” Hale, 54, said Tuesday."),
                Arguments.of(
                        List.of("Tom Hale Jr."),
                        "Vote\n\nTom Hale Jr. won.\n\n“We did it,” Hale said."),
                Arguments.of(
                        List.of("Harbour Bank"),
                        "Bank fined\n\nHarbour Bank was fined $2 million.\n\n“We accept the ruling,” the bank said in a statement."),
                Arguments.of(
                        List.of("a Harbour Bank spokesperson"),
                        "Bank fined\n\nHarbour Bank was fined $2 million.\n\n“We accept the ruling,” a Harbour Bank spokesperson said."),
                Arguments.of(
                        List.of("Harbour Bank"),
                        "Bank fined\n\n“We accept the ruling,” Harbour Bank said in a statement on Monday."),
                Arguments.of(
                        List.of("Harbour Bank"),
                        "Bank fined\n\nHarbour Bank said in a statement that it “accepts the ruling” and will not appeal."),
                Arguments.of(
                        List.of("Harbour Bank"),
                        "Bank fined\n\nIn a statement, Harbour Bank said it “accepts the ruling.”"),
                Arguments.of(
                        List.of("Ministry of Transport"),
                        "Ferry delays\n\nThe Ministry of Transport said the delays were “regrettable.”"),
                Arguments.of(
                        List.of("Ministry of Transport"),
                        "Ferry delays\n\n“The delays are regrettable,” the Ministry of Transport said."),
                Arguments.of(
                        List.of("Ministry of Health and Family Welfare"),
                        "Dengue\n\nThe Ministry of Health and Family Welfare said “all measures are being taken.”"),
                Arguments.of(
                        List.of("Ricardo Alvarado Quispe"),
                        "Mine\n\nInterior Minister Ricardo Alvarado Quispe flew to the site.\n\n“Every resource of the state is here,” Alvarado told reporters."),
                Arguments.of(
                        List.of("Alicia Montoya-Greer"),
                        "Bill\n\nSen. Alicia Montoya-Greer (D-N.M.) spoke next. Sen. Tom Voss objected.\n\n“Three hospitals have closed,” the New Mexico Democrat told reporters."),
                Arguments.of(
                        List.of("Joseph Kiprono Langat"),
                        "Fuel\n\nEnergy CS Joseph Kiprono Langat met traders on Monday.\n\n“I buy fuel too,” the CS said."),
                Arguments.of(
                        List.of("Lantern Television"),
                        "Exit\n\nThe showrunner clashed with Lantern Television, the studio behind the series.\n\n“We are grateful,” the studio said in a statement."),
                Arguments.of(
                        List.of("Aaron Teitelbaum", "Halberd Street Partners"),
                        "Zoning\n\nAaron Teitelbaum, a spokesman for Halberd Street Partners, told WKVL-TV that the lenders were “not patient.” In a statement, the company said it remained “fully committed.”"),
                Arguments.of(
                        List.of("Tallis Road Capital", "Calloway Facades"),
                        "Deal\n\nTallis Road Capital bought a stake in Calloway Facades Ltd last year.\n\nTallis Road said in a statement that it “welcomes the decision.” Calloway Facades said it was “disappointed.”"),
                Arguments.of(
                        List.of("Big Machine"),
                        "Feud\n\nSwift sold her masters to Big Machine and The Carlyle Group backed the deal.\n\nBig Machine said the claims were “shocking and false.”"),
                Arguments.of(
                        List.of(
                                "Immigration and Customs Enforcement",
                                "Information Commissioner’s Office"),
                        "Ruling\n\nAgents of Immigration and Customs Enforcement detained him. The Information Commissioner’s Office was told.\n\nICE said it “respects the judicial process.” “We are making enquiries,” the ICO said."),
                Arguments.of(
                        List.of("Steve Hollis"),
                        "Derby\n\nSteve Hollis faced the media after Chidi Okafor scored.\n\n‘I still don’t know what he’s given,’ Hollis fumed."),
                Arguments.of(
                        List.of("Lourdes Castellanos"),
                        "Ruling\n\nLourdes Castellanos wept outside the court. A spokeswoman for the Justice Department declined to comment.\n\n“My son asked me if Papi was going to jail,” she said."),
                Arguments.of(
                        List.of("Amara Quist"),
                        "Premiere\n\nAmara Quist told El País the shoot was hard.\n\n“She made me live in a hut,” she said."),
                Arguments.of(
                        List.of("Beatriz Okonjo-Hale"),
                        "Rowing\n\nBeatriz Okonjo-Hale, after her second Olympic final, was asked about the future.\n\n“I could do this for years,” she said."),
                Arguments.of(
                        List.of("Jackie Imrie-Campbell"),
                        "Waiting lists\n\nJackie Imrie-Campbell of Scottish Labour raised the case yesterday.\n\nShe told MSPs: ‘This is a woman who has waited three years.’"),
                Arguments.of(
                        List.of("Ines Carvalho-Byrne"),
                        "Chef\n\nInes Carvalho-Byrne is back on television. Her old restaurant was in Stokes Croft.\n\n‘Every single night,’ she says."),
                Arguments.of(
                        List.of("Fraternal Order of Police Lodge 44"),
                        "Shooting\n\nThe Fraternal Order of Police Lodge 44 urged patience. In a statement, the union said officers “make split-second decisions.”"),
                Arguments.of(
                        List.of("Nomvula Khumalo-Pieterse"),
                        "Power cuts\n\nEnergy Minister Nomvula Khumalo-Pieterse spoke on Monday. Opposition MP Werner Botha-Naidoo was angry.\n\nBotha-Naidoo said the minister had told Parliament that “the end is in sight”."),
                Arguments.of(
                        List.of("Northstate Power Co."),
                        "Fire\n\nNorthstate Power Co. runs the line.\n\nIn a statement Wednesday, the utility said it had “experienced an outage.”"),
                Arguments.of(
                        List.of("Reserve Bank"),
                        "Rates\n\nThe Reserve Bank held rates at 2.30pm AEDT on Tuesday. The bank said inflation remained “too high.”"),
                Arguments.of(
                        List.of("Food and Drug Administration"),
                        "Recall\n\n“The batch is unsafe,” the Food and Drug Administration said."),
                Arguments.of(
                        List.of(
                                "Chinese Center for Disease Control and Prevention",
                                "Chinese Center for Disease Control and Prevention"),
                        "Plague\n\nThe Chinese Center for Disease Control and Prevention said the risk was “extremely low.” Later the CDC said there was “no need” to worry."),
                Arguments.of(
                        List.of("Coastal Guard"),
                        "Rescue\n\nThe Coastal Guard rescued six sailors.\n\n“All six are safe,” it said."),
                Arguments.of(
                        List.of("Coastal Guard"),
                        "Rescue\n\n“All six are safe,” the Coastal Guard posted on X."),
                Arguments.of(
                        List.of("Harbour Bank"),
                        "Bank fined\n\nRegulators fined Harbour Bank $2 million on Monday. The bank said it was “disappointed.”"),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Bank fined\n\nRegulators fined Harbour Bank $2 million. Tom Hale, the bank’s chief executive, said he was “disappointed.”"),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Bank fined\n\nRegulators fined Harbour Bank $2 million. “We are disappointed,” the bank’s chief executive, Tom Hale, said."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Interview\n\nAna Ruiz has run the harbour for ten years.\n\n“I never planned to stay this long. The job grew on me.\n\n“Now I cannot imagine leaving,” she said."),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"),
                        "Interview\n\nAna Ruiz spoke to us on Monday.\n\nWhy did you stay?\n\n“Because the work matters,” Ruiz said.\n\nWhat comes next?\n\n“More ferries,” she said. “And a new quay.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Feud\n\nAna Ruiz fired back on Twitter: “Nobody asked for your opinion.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Feud\n\n“Nobody asked for your opinion,” Ruiz tweeted on Sunday, tagging @TomHaleOfficial. Ana Ruiz has 2 million followers."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Feud\n\nAna Ruiz and Tom Hale are feuding again.\n\nHale, 61, responded hours later. “I stand by every word,” he wrote on Instagram."),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz", "Tom Hale"),
                        "Debate\n\nAna Ruiz and Tom Hale met for their only debate.\n\n“You have had eight years,” Ruiz told Hale. “What have you done?”\n\n“Balanced the budget,” Hale replied."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nIn a statement released by her campaign, Ana Ruiz said: “The voters will decide.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\n“The voters will decide,” Ruiz said in a statement released by her campaign. Ana Ruiz leads the polls."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nAna Ruiz said the voters would decide. “I trust them,” she added."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nAna Ruiz, speaking at a rally in Portside, said she trusted voters. “They always get it right.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nSpeaking at a rally in Portside, Ana Ruiz said: “They always get it right.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\n“They always get it right,” Ruiz said at a rally in Portside on Saturday, where she was joined by Tom Hale. Ana Ruiz leads."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nAna Ruiz and Tom Hale spoke at a rally.\n\n“They always get it right,” said Ruiz, whom Hale endorsed last week."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Debate\n\nTom Hale introduced Ana Ruiz at the rally.\n\n“They always get it right,” she said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Debate\n\nAna Ruiz was introduced by Tom Hale at the rally.\n\n“She always gets it right,” he said."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Feud\n\nAna Ruiz hit back at Tom Hale: “Nobody asked for your opinion.”"),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Ferry vote\n\n“We will appeal,” said Ruiz’s spokesman, Tom Hale. Mayor Ana Ruiz was not available."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Ferry vote\n\nMayor Ana Ruiz lost the vote.\n\n“We will appeal,” said Tom Hale, a spokesman for Ruiz."),
                Arguments.of(
                        List.of("Tom Hale", "Tom Hale"),
                        "Ferry vote\n\nMayor Ana Ruiz lost the vote. Her spokesman, Tom Hale, said the city would appeal. “We will win in court,” he said. “The law is clear.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Ferry vote\n\n“We will appeal,” Ruiz, a Democrat who took office in 2021, said in a statement Tuesday night. Ana Ruiz has long backed the ferry."),
                Arguments.of(
                        List.of("Jo Pike"),
                        "Match report\n\nRovers won 2-1.\n\n“The lads were brilliant,” Rovers manager Jo Pike told BBC Radio Lancashire."),
                Arguments.of(
                        List.of("Jo Pike", "Jo Pike"),
                        "Match report\n\nRovers won 2-1 under manager Jo Pike.\n\n“The lads were brilliant,” Pike said. “We deserved it.”"),
                Arguments.of(
                        List.of("Sam Reed"),
                        "Match report\n\nRovers won 2-1. Sam Reed scored twice.\n\n“I just tried to stay calm,” said Reed, 19."),
                Arguments.of(
                        List.of("Sam Reed"),
                        "Match report\n\nRovers won 2-1. Sam Reed, 19, scored twice.\n\n“I just tried to stay calm,” the teenager said."),
                Arguments.of(
                        List.of("Sam Reed"),
                        "Match report\n\nRovers won 2-1. Sam Reed scored twice.\n\n“I just tried to stay calm,” the striker said after the game. Reed joined from City in May."),
                Arguments.of(
                        List.of("Nina Ode"),
                        "Court case\n\nA judge on Friday sentenced Carl Voss to five years.\n\n“This was a calculated fraud,” U.S. District Judge Nina Ode said."),
                Arguments.of(
                        List.of("Nina Ode"),
                        "Court case\n\nU.S. District Judge Nina Ode sentenced Carl Voss to five years.\n\n“This was a calculated fraud,” the judge said."),
                Arguments.of(
                        List.of("Carl Voss"),
                        "Court case\n\nJudge Nina Ode sentenced Carl Voss to five years on Friday.\n\n“I am sorry,” Voss told the court before the sentence was read."),
                Arguments.of(
                        List.of("Lee Park"),
                        "Court case\n\nCarl Voss was sentenced on Friday.\n\n“My client is disappointed,” said his lawyer, Lee Park."),
                Arguments.of(
                        List.of("Lee Park"),
                        "Court case\n\nCarl Voss was sentenced on Friday.\n\n“My client is disappointed,” Voss’s attorney, Lee Park, said in an email."),
                Arguments.of(
                        List.of("Harbour Police"),
                        "Arrest\n\nHarbour Police arrested two men on Friday.\n\n“The investigation is continuing,” police said."),
                Arguments.of(
                        List.of("police"),
                        "Arrest\n\nTwo men were arrested on Friday.\n\n“The investigation is continuing,” police said."),
                Arguments.of(
                        List.of("Harbour Police"),
                        "Arrest\n\nHarbour Police arrested two men on Friday.\n\n“The investigation is continuing,” a police statement said."),
                Arguments.of(
                        List.of("Mia Cole"),
                        "Startup raises funds\n\nDeltaWorks, founded by Mia Cole in 2019, raised $10 million.\n\n“We are just getting started,” Cole, the company’s chief executive, said in an interview."),
                Arguments.of(
                        List.of("Mia Cole"),
                        "Startup raises funds\n\nDeltaWorks raised $10 million, its chief executive, Mia Cole, said Monday. “We are just getting started.”"),
                Arguments.of(
                        List.of("Mia Cole"),
                        "Startup raises funds\n\n“We are just getting started,” DeltaWorks CEO Mia Cole said."),
                Arguments.of(
                        List.of("Ivo Brandt"),
                        "Study\n\nThe study, led by Ivo Brandt of Harbour University, found that sleep helps memory.\n\n“Sleep is not wasted time,” Brandt said."),
                Arguments.of(
                        List.of("Ivo Brandt"),
                        "Study\n\n“Sleep is not wasted time,” said study author Ivo Brandt, a neuroscientist at Harbour University."),
                Arguments.of(
                        List.of("Ivo Brandt"),
                        "Study\n\n“Sleep is not wasted time,” said Dr. Ivo Brandt, who led the study."),
                Arguments.of(
                        List.of("Ivo Brandt"),
                        "Study\n\n“Sleep is not wasted time,” Brandt, who was not involved in the study, told Live Science. Ivo Brandt studies sleep."),
                Arguments.of(
                        List.of("Jane Doe", "Tom Hale"),
                        "Jane Doe and Tom Hale run rival cafés.\n\n“We were here first,” Doe said.\n\n“That is not true,” Hale said."),
                Arguments.of(
                        List.of("Jane Doe", "Jane Doe"),
                        "Jane Doe runs the café. Her rival, Tom Hale, declined to comment.\n\n“We were here first,” she said. “Everyone knows it.”"),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Jane Doe runs the café. Her rival, Tom Hale, disagreed.\n\n“That is not true,” he said."),
                Arguments.of(
                        List.of("Jane Doe", "Jane Doe"),
                        "Jane Doe runs the café.\n\n“We were here first,” she said.\n\n“Everyone knows it. Ask anyone on this street.”"),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Jane Doe runs the café, which her grandfather, Tom Hale, opened in 1950.\n\n“We were here first,” she said."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Tom Hale, whose daughter Jane Doe runs the café, is proud.\n\n“She works harder than I ever did,” he said."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Tom Hale, whose daughter Jane Doe runs the café, is proud.\n\n“He works harder than anyone,” she said."),
                Arguments.of(
                        List.of("Harbour Council"),
                        "The Harbour Council voted on Monday.\n\n“The decision was unanimous,” the council said in a statement."),
                Arguments.of(
                        List.of("Harbour Council"),
                        "The Harbour Council voted on Monday.\n\nIn a statement, the council said the decision was “unanimous and final.”"),
                Arguments.of(
                        List.of("Jane Doe"),
                        "The café has stood since 1950.\n\n“We were here first,” said Jane Doe, 45, who took over from her father in 2001 and has run it since."),
                Arguments.of(
                        List.of("Jane Doe", "Jane Doe"),
                        "The café has stood since 1950.\n\n“We were here first,” said Jane Doe. “And we will be here last,” she added."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "The café has stood since 1950.\n\n“We were here first,” said Doe, who declined to give her age.\n\nJane Doe’s father opened it."),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Jane Doe and Tom Hale met in 1990.\n\nHe was a sailor then. “I knew nothing about coffee,” Hale said, laughing."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Jane Doe met Tom Hale in 1990.\n\nShe remembers the day. “It was raining,” Doe said."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Jane Doe met Tom Hale in 1990.\n\nAsked about the rivalry, Doe smiled. “There is room for both of us.”"),
                Arguments.of(
                        List.of("Tom Hale"),
                        "Tom Hale met Jane Doe in 1990.\n\nAsked about the rivalry, Hale shrugged: “There is room for both of us.”"),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Jane Doe met Tom Hale in 1990.\n\n“There is room for both of us,” Doe told the Evening Ledger in an interview last week."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Tom Hale met Jane Doe in 1990.\n\nDoe, speaking to the Evening Ledger, said: “There is room for both of us.”"),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Tom Hale met Jane Doe in 1990.\n\n“There is room for both of us,” according to Doe."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Tom Hale met Jane Doe in 1990.\n\n“There is room for both of us,” Doe insisted."),
                Arguments.of(
                        List.of("Jane Doe"),
                        "Tom Hale met Jane Doe in 1990.\n\n“There is room for both of us,” Doe wrote in a Facebook post on Sunday."),
                Arguments.of(
                        List.of("Jane Doe", "Jane Doe"),
                        "Tom Hale met Jane Doe in 1990.\n\n“There is room,” Doe said. “For both of us.”"),
                Arguments.of(
                        List.of("Jane Doe", "Jane Doe", "Tom Hale", "Tom Hale", "Jane Doe"),
                        "Harbour café rivals settle feud\n\nJane Doe and Tom Hale have run rival cafés on Quay Street for a decade.\n\n“We were here first,” Doe said on Monday. “Everyone on this street knows it.”\n\nHale, 52, laughed when told of the remark. “She has said that for ten years,” he said.\n\n“It was never about who came first,” Hale added. \n\nDoe, asked whether the feud was over, paused. “For now,” she said."),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz"),
                        "Mayor backs new ferry\n\nMayor Ana Ruiz on Tuesday backed plans for a second ferry.\n\n“This city has waited too long,” Ruiz told reporters at City Hall.\n\nThe plan, which needs council approval, would cost $40 million. Ruiz said the money would come from the state.\n\n“We are not asking residents to pay a cent more,” she said."),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz"),
                        "Ferry plan\n\nAna Ruiz, the mayor, spoke for an hour. She said the plan was “long overdue” and that critics had “no alternative.”"),
                Arguments.of(
                        List.of("Tom Hale", "Tom Hale"),
                        "Ferry plan\n\nCritics were not convinced. Tom Hale, who leads the opposition bloc, called the plan “reckless.”\n\n“Nobody has seen the numbers,” Hale said in an interview."),
                Arguments.of(
                        List.of("Jo Pike", "Jo Pike", "Jo Pike"),
                        "Storm damage\n\nResidents were still counting the cost on Wednesday.\n\n“The water came in through the floor,” said Jo Pike, 71, who has lived on the street since 1975.\n\n“I have never seen anything like it. Never.”\n\nPike’s son, Sam, drove up from the city to help. “We lost everything downstairs,” Pike said."),
                Arguments.of(
                        List.of("Sam Pike"),
                        "Storm damage\n\nJo Pike, 71, lost her kitchen. Her son, Sam Pike, drove up from the city to help.\n\n“We lost everything downstairs,” he said."),
                Arguments.of(
                        List.of("Harbour Authority", "Harbour Authority"),
                        "Quay closed\n\nThe Harbour Authority closed the quay on Friday. In a statement, the authority said the wall was “unsafe.”\n\n“Public safety comes first,” the statement said."),
                Arguments.of(
                        List.of("Walter Nakashima", "Kathleen Sawyer", "One witness"),
                        "Verdict\n\nProsecutor Walter Nakashima praised the detectives, some of whom he said had put in “hundreds of hours” chasing leads, and said his office would appeal.\n\nDirector Kathleen Sawyer spoke on Tuesday. “We don't want those people” working in federal prisons, she said.\n\nOne witness described the scene as “like something off the telly”, while several residents complained that the road was dangerous."),
                Arguments.of(
                        List.of("Delphine Okafor", "Priya Venkat", "Delphine Okafor"),
                        "Actor nearly quit\n\nBy Jessica Tran\n\nThe 41-year-old actress Delphine Okafor spoke on the podcast of host Priya Venkat, a former radio producer.\n\n“I had the letter written,” Okafor said.\n\nVenkat pressed her on what happened next. “Was there a phone call?” she asked.\n\nThe actress burst out laughing. “There was a phone call, but not the one you’d think,” she said."),
                Arguments.of(
                        List.of("Stellan Berg", "Ross Moyes"),
                        "Results\n\nStellan Berg watched his side lose to Castleford Rovers on Saturday. “I won’t cry about it,” said the Swede.\n\nRoss Moyes lost to Zhou Yang. “He’s the real deal,” said the Scot."),
                Arguments.of(
                        List.of("Kwame Asante", "Tottenham Hotspur"),
                        "New deal\n\nKwame Asante has signed a new contract with Redhill Rovers, the club announced.\n\n“I never wanted to leave,” the 24-year-old said.\n\nTottenham Hotspur confirmed the fee. “We wish him well,” Tottenham said."),
                Arguments.of(
                        List.of("Graciela Ruiz"),
                        "Verdict\n\nLucia Ortega-Ruiz died in 2023. Ortega-Ruiz’s mother, Graciela Ruiz, wept as the verdict was read.\n\n“We waited 19 months for this,” she told reporters."),
                Arguments.of(
                        List.of("one reporter", "Henrik Berg"),
                        "Awards\n\nHenrik Berg won best film. In the press room, one reporter asked Berg, “Will you make the next one in English?”\n\n“Only if the sea learns English first,” he replied."),
                Arguments.of(
                        List.of("Bakery Workers Union", "Malin Ekdahl"),
                        "Strike\n\nThe Bakery Workers Union walked out at Harlow Baking Co. on Monday after the company tabled its final offer.\n\n“We are not going anywhere,” the union said.\n\nChief financial officer Malin Ekdahl took questions from analysts. “The dividend stands,” the CFO replied."),
                Arguments.of(
                        List.of("Daniel Oyelaran"),
                        "Merger\n\nTexas-based Corvane agreed to buy Tessellate on Monday. Chief executive Daniel Oyelaran said the deal changed everything.\n\n“Candidly, the world moved,” he said."),
                Arguments.of(
                        List.of("Oluwaseun Bankole", "Jamie Okoro-Briggs"),
                        "Farewells\n\nCo-star Oluwaseun “Shaun” Bankole reacted on Instagram. “Eight years of this man stealing my biscuits,” he wrote.\n\nKayleigh Dunn split from footballer Jamie ‘Tank’ Okoro-Briggs in August. “I was not ready,” Okoro-Briggs said."),
                Arguments.of(
                        List.of("Farhana Rahman", "Rokeya"),
                        "Dengue\n\nThe corridors of Mirpur General Hospital have become wards. Dr. Farhana Rahman, who heads medicine at Mirpur General, said patients arrive too late. “We are turning nobody away,” she said.\n\nBack at Mirpur General, Rokeya, 34, was recovering. “God has been merciful,” she said."),
                Arguments.of(
                        List.of("Luiz Neto"),
                        "Trade\n\nThe Global Times said in an editorial that the deals mattered.\n\nFarm minister Luiz Neto waited for the question to be translated. “We sell to 160 countries,” he said."),
                Arguments.of(
                        List.of("Darnell Whitfield", "Alyssa Kowal", "Darnell Whitfield"),
                        "Burglary ring\n\nPolice Chief Darnell Whitfield announced four arrests on Monday. “They knew what they were looking for,” Whitfield said.\n\nInvestigators said the ring hit 40 homes. Residents were shaken. Some had lived there for decades. Many had never locked their doors. Detectives traced a van. It was registered to a relative. The relative had moved away. The van was found in a garage.\n\nAlyssa Kowal, 29, was charged on Friday. “I did nothing,” she told reporters.\n\nOfficers searched two more houses. Nothing was found there. Neighbours gathered outside.\n\n“Get a camera,” the chief said."),
                Arguments.of(
                        List.of("Marisol Reyes", "Gregory Lind Jr.", "Pieter Van den Broeck"),
                        "Debate\n\nState Sen. Marisol Reyes of Kenosha said no before the question was finished. “A fee is just a tax with a nicer haircut,” the senator said.\n\nCouncilman Gregory Lind Jr., who represents the 4th Ward, said the studies were the problem. “We have studied it,” he said.\n\nPieter Van den Broeck, 38, who raises pigs near Roeselare, said he had driven through the night. “I am the last one,” he said."),
                Arguments.of(
                        List.of("Alasdair Munro", "Phil Graziano"),
                        "Results\n\nScotland coach Alasdair Munro was disappointed. He described the card as ‘soft’.\n\nHurricane Ingrid did not stop the game in Houma. “We drew it up exactly like that,” Harbormen coach Phil Graziano deadpanned."),
                Arguments.of(
                        List.of("Kayleigh Dunn", "Kayleigh Dunn"),
                        "Split\n\nHarbour Road star Kayleigh Dunn has broken her silence on her split from footballer fiancé Jamie ‘Tank’ Okoro — revealing she ‘cried for a week’ after he called time on their romance.\n\nThe actress, 34, opened up to a magazine about the end of the relationship.\n\nShe told the magazine: ‘I honestly didn’t see it coming.’"),
                Arguments.of(
                        List.of("Luiz Fernando Albuquerque Neto"),
                        "Trade\n\nBrazilian Agriculture Minister Luiz Fernando Albuquerque Neto, on a visit to Beijing, praised the deals.\n\n“We did not come here only to sell soybeans,” he said."),
                Arguments.of(
                        List.of(
                                "Ruth Hale",
                                "Jonathan Bell",
                                "Joaquim Tavares da Silva",
                                "Joaquim Tavares da Silva"),
                        "Tariffs\n\nSen. Ruth Hale (R-Kan.) urged the White House to listen. “Every time we put up a wall, somebody puts one up,” she said in a statement.\n\nJonathan Bell KC, for the company, said the regulator had ‘misunderstood the internet’.\n\nThe UN special envoy for the region, Joaquim Tavares da Silva, said the delegations had “moved further in five days than in five months”. The Reserve Bank said rates would hold. “A text on paper does not stop a single bullet,” he said."),
                Arguments.of(
                        List.of("Northstate Power Co.", "Northstate Power Co."),
                        "Wildfire\n\nNorthstate Power Co. runs the line. In a statement released late Wednesday, the utility said it had “experienced an outage” around the time the fire started. “We are cooperating fully with Cal Fire,” the company said."),
                Arguments.of(
                        List.of(
                                "Theo Brannigan",
                                "Solo Vance",
                                "Meera Raghunathan",
                                "Patrice Nguyen"),
                        "Podcasts\n\nTheo Brannigan spoke on the show. The Cork native, for his part, said he hoped it would “put a full stop” on the rumours.\n\nSolo Vance posted a photo of his grandmother’s porch in South Memphis. “This the most honest thing I ever made,” he wrote.\n\nMeera Raghunathan told New Scientist last year that the comet mattered. “Sleep,” she said.\n\nPatrice Nguyen started at Casa Ibarra when she was 16. “This was my first job,” she said."),
                Arguments.of(
                        List.of("Daniel Rotich", "Tomasz Wierzbicki", "Denise Arbogast"),
                        "Weekend\n\nDaniel Rotich finished second in the marathon. “He did not come back,” the Kenyan said.\n\nMarrow & Lace frontman Tomasz Wierzbicki is stepping back. “This is the hardest thing I’ve had to write,” he began.\n\nTransit chief Denise Arbogast defended the fare rise at a hearing where Riders United protested. “Everything is on the table,” she said."),
                Arguments.of(
                        List.of(
                                "Oluwaseun Adegbite",
                                "Werner Botha",
                                "Ines Carvalho",
                                "Rosalinda Quiambao"),
                        "Protests\n\nThe Police Public Relations Officer, Oluwaseun Adegbite, said: “The Command will not allow any group to cause mayhem.”\n\nOpposition MP Werner Botha spoke at Labour House on Monday. “Somebody must be held accountable,” he said.\n\nChef Ines Carvalho grew up in County Mayo and cooked in Stokes Croft. “Potatoes, cabbage, pork and weather,” she says.\n\nRosalinda Quiambao waited at the gate in San Isidro. “We are alive,” she said. – Rappler.com"),
                Arguments.of(
                        List.of("Daniel Osei", "Noor Haddad"),
                        "Band interview\n\nWords: Daniel Osei\n\nNoor Haddad and her bandmates are laughing about the split now.\n\n“So was it actually over?” I ask.\n\n“Yes,” says Haddad, immediately."),
                Arguments.of(
                        List.of("Mara Ellis"),
                        "Peckham star\n\nMara Ellis, who grew up in Peckham, South London, spoke about her early auditions. She said she was once called “a bit too much” by a producer."),
                Arguments.of(
                        List.of("Trevor Maddox", "Foreign Ministry"),
                        "Swap\n\n“I want a cheeseburger and a long shower,” Trevor Maddox said.\n\nVenezuela’s Foreign Ministry described the two men it received, Ernesto Vallenilla Ruiz and Jorge Luis Ascanio Pérez, as “victims of the illegal persecution of Venezuelan citizens.”"),
                Arguments.of(
                        List.of("Ministry of Health", "Institute for Fiscal Studies"),
                        "Waiting lists\n\nThe review was published by the Ministry of Health on Monday. “Lists are too long,” the ministry said.\n\nThe Institute for Fiscal Studies was sceptical. “The sums do not add up,” the institute said."),
                Arguments.of(
                        List.of(
                                "a reporter",
                                "Fatima Benali",
                                "Priya Venkataraman",
                                "Dana Holt",
                                "Dana Holt"),
                        "AI bill\n\nSen. Priya Venkataraman wants AI companies to show their work. “Is it enough?” a reporter asked Venkataraman.\n\n“We’d be building a switch,” said Fatima Benali, a researcher. The senator said she did not want “to boil the ocean.”\n\nDana Holt signed on. The Showrunner Weighs In\n\nHolt spoke to Variety about “the most painful decision” she has made. She added that she “fought for a different ending.”"),
                Arguments.of(
                        List.of("Keir Starmer", "Tim Cook", "Keir Starmer"),
                        "Visit\n\nApple chief executive Tim Cook met Prime Minister Keir Starmer on Monday. Starmer said the meeting was “productive.” Cook, speaking afterwards, said Britain remained “a vital market for us.” The prime minister later told the BBC: “We want more investment like this.”"),
                Arguments.of(
                        List.of("Gregory Hallam", "Angela Ruiz", "Gregory Hallam"),
                        "Refunds\n\n“We are sorry,” Gregory Hallam, the airline’s chief executive, told the committee.\n\nSen. Angela Ruiz, D-N.M., the committee's chair, asked Hallam directly: \"Will you refund every affected passenger?\"\n\n\"We will refund every passenger who asks for it,\" Hallam replied."),
                Arguments.of(
                        List.of("Kayla Brennan", "Kayla Brennan"),
                        "Trolls\n\nTyler Brennan’s wife Kayla Brennan hit back at trolls after his penalty miss.\n\nFurious Kayla wrote: ‘You can say what you like about football.’\n\nShe added: ‘Leave my kids out of it.’"),
                Arguments.of(
                        List.of("Kayla Brennan", "Kayla Brennan"),
                        "Trolls\n\nTyler Brennan’s wife Kayla Brennan hit back at trolls.\n\nFurious Kayla wrote: ‘Leave my kids out of it.’\n\nIt is not the first time Kayla has spoken out. Last year she told OK! magazine: ‘It is nothing like the telly.’"),
                Arguments.of(
                        List.of("Helen Brackley", "Helen Brackley"),
                        "Teenager's death followed 'missed opportunities', coroner says\n\nA coroner has said there were \"a series of missed opportunities\" to protect a 17-year-old girl.\n\nMaisie Harcourt, from Chorley, died in hospital in March. An inquest jury at Preston Coroner's Court concluded on Friday that neglect contributed to her death.\n\nArea coroner Helen Brackley said she would send a prevention of future deaths report to the trust."),
                Arguments.of(
                        List.of(
                                "A person familiar with the matter",
                                "one person familiar with the negotiations",
                                "Two people with knowledge of the talks",
                                "A person familiar with the commission’s thinking"),
                        "Deal\n\nA person familiar with the matter said the deal was “very close.”\n\n“The talks are at an advanced stage,” said one person familiar with the negotiations.\n\nTwo people with knowledge of the talks said the bid was “imminent.”\n\nA person familiar with the commission’s thinking described the answers as “thousands of pages saying nothing”."),
                Arguments.of(
                        List.of(
                                "A spokesperson for the Centers for Disease Control and Prevention",
                                "a researcher at the Institute for Fiscal Studies"),
                        "Measles\n\nA spokesperson for the Centers for Disease Control and Prevention described the response as “swift and appropriate.”\n\n“The sums do not add up,” said a researcher at the Institute for Fiscal Studies."),
                Arguments.of(
                        List.of(
                                "One senior executive at a large UK lender",
                                "One senior executive at a large UK lender"),
                        "Climate models\n\nBankers bristled. One senior executive at a large UK lender, who asked not to be named, said the regulator was “moving the goalposts”. “We built these models with their input two years ago,” the person said."),
                Arguments.of(
                        List.of("Jane Hill", "Jane Hill", "Roger Vance"),
                        "Study\n\nProfessor Jane Hill of the University of Leeds said the results were “striking.”\n\nDr. Jane Hill at the University of Leeds said: “The results are clear.”\n\nSuperintendent Roger Vance of the Harlan County School District wrote: “Students will be asked to stay home.”"),
                Arguments.of(
                        List.of("Analysts at Brockhurst Securities"),
                        "Recall\n\nNorvella shares fell 3.2% in afternoon trading. Analysts at Brockhurst Securities wrote in a note to clients that the recall was “unlikely to be material” to full-year earnings."),
                Arguments.of(
                        List.of("Gbenga Oduwole"),
                        "Bridge\n\nIn a statement, the Special Adviser to the Governor on Public Works, Mr Gbenga Oduwole, said an intervention had been approved. He said, “We urge residents to remain calm.”"),
                Arguments.of(
                        List.of("Tom Harper", "Tom Harper", "Jessie Buckley", "Tom Harper"),
                        "Jessie Buckley and Tom Harper made the film together.\n\n“It grabbed me by the heart the moment I heard it,” Harper said. “It just connected.” Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling of this is the song.”\n\n“She was right,” said Harper, the director of “Wild Rose.”"),
                Arguments.of(
                        List.of("Joe Carter"),
                        "Reporters asked Joe Carter about the deal on Friday. “I am confident,” he said."),
                Arguments.of(
                        List.of("Rafi Benhamou", "Rafi Benhamou"),
                        "It is the third time this week that Rafi Benhamou has tried out the same joke. His father, Maurice Benhamou, was a lawyer who wanted his son to be one too.\n\nI put this to Benhamou, who groans. “He thought it was a devastating argument,” Benhamou says.\n\n“It was not even an argument,” he says."),
                Arguments.of(
                        List.of("One top-10 shareholder", "Marisol Vega"),
                        "One top-10 shareholder told Merrow executives at a meeting last week that the offer was “in the right postcode but not at the right address”, according to people familiar with the matter.\n\nMarisol Vega and Jace Moreno split in May. Vega has told friends she is “ready to be single for a while,” according to an insider."),
                Arguments.of(
                        List.of("Marisol Vega"),
                        "Jace Whitaker and Marisol Vega split in May.\n\nIn her post, Vega kept things gracious. “We have decided to go our separate ways,” she wrote."),
                Arguments.of(
                        List.of("An eyewitness", "An eyewitness"),
                        "Grant Faulkner was arrested on Saturday night.\n\nAn eyewitness told TMZ that the encounter escalated quickly. “The photographer was right in his face,” the witness said. “Then there was a push.”"),
                Arguments.of(
                        List.of("mossbelly", "@cyclesandsyntax"),
                        "The game has a 96% positive rating. One of the most-upvoted reviews, from a user called mossbelly, reads simply: “Found my grandad’s reading glasses in a kitchen drawer.”\n\nAnother user, posting on X as @cyclesandsyntax, shared a screenshot of her account deletion request: “Deleted. Requested my data. Not holding my breath.”"),
                Arguments.of(
                        List.of(
                                "Celeste Moreau",
                                "Celeste Moreau",
                                "Celeste Moreau",
                                "Tamara Quinn-Holt",
                                "Celeste Moreau",
                                "Lori Beth Sanders"),
                        "Celeste Moreau, Tamara Quinn-Holt and Lori Beth Sanders sat down to dinner.\n\n“I came here to eat,” Celeste said. “Nothing more.” She looked around the table. “But I heard things.”\n\nTamara, to her credit, didn’t flinch. “I said I was worried about you. That is not the same thing,” she replied.\n\n“You have been lying to all of us for months,” Celeste shot back.\n\nLori Beth, meanwhile, tried to steer things back to her menu. “Ladies, there is a forty-dollar branzino on this table,” she pleaded."),
                Arguments.of(
                        List.of(
                                "Imogen Carraway",
                                "Imogen Carraway",
                                "Philippa Dunmore",
                                "Tom Ashdown",
                                "Tom Ashdown",
                                "Imogen Carraway"),
                        "Imogen Carraway writes in a shed at the end of the garden. “I was so angry,” she says. “I wrote it to stop myself shouting.”\n\nHer sister, Philippa Dunmore, remembers the house differently. “It was loud,” she says. Their neighbours, Jack Orr and Ben Hale, agree.\n\nHer husband, the furniture maker Tom Ashdown, long ago stopped asking how the writing is going. “She disappears for about four hours every morning,” he says. “I have learned not to ask who won.”\n\nThe house is cold. The garden runs down to a river that floods most winters. The shed has no heating at all.\n\nIn the village she is known, not entirely affectionately, as the goose lady, a title she seems to relish. Neighbours have started leaving windfall apples on her doorstep, which she chooses to take as a review. “Better than the reviews,” she says."),
                Arguments.of(
                        List.of("Loretta Whitfield-Mays", "Clarence Whitfield Jr."),
                        "Clarence Whitfield Jr., a trumpeter, died on Sunday. His daughter, Loretta Whitfield-Mays, confirmed the death. Ms. Whitfield-Mays said her father practised every morning. \"Even then he did the fingerings on the blanket,\" she said. Asked once what he hoped to be remembered for, Mr. Whitfield kept it short. \"That I showed up on time,\" he said, \"and in tune.\""),
                Arguments.of(
                        List.of("Loretta Mays"),
                        "Tom Hale, a trumpeter, died on Sunday. His daughter, Loretta Mays, confirmed the death. \"He practised every morning,\" Ms. Mays said."),
                Arguments.of(
                        List.of("Celeste Moreau", "Celeste Moreau", "Celeste Moreau", "Jenna Park"),
                        "Celeste Moreau arrived late, fired up over a rumor she had heard from Jenna Park. \"You lied to me,\" Celeste said. \"You smile in my face,\" Celeste added. \"You go behind my back,\" Celeste said. In a confessional, Jenna didn't exactly help matters. \"I have never seen her look that guilty,\" she told the cameras."),
                Arguments.of(
                        List.of("Mei-Lin Zhao", "Mei-Lin Zhao", "The restaurant", "Mei-Lin Zhao"),
                        "Mei-Lin Zhao opened the Lantern on Friday. \"We are tired,\" Zhao said. \"But happy,\" she added. The restaurant said in a statement: \"We sold 3,100 dumplings today.\" \"Ask me again when I have slept,\" she said."),
                Arguments.of(
                        List.of("Bronwen Teague", "Bronwen Teague"),
                        "Television cook Bronwen Teague chose a record played at the funeral of her late husband, the jazz pianist Owen Teague, who died in 2017. \"Owen would have hated the fuss,\" Teague said. Asked about her rival, Teague laughed. \"Patricia was absolutely right,\" she said."),
                Arguments.of(
                        List.of("Fiona Caldwell", "Alison Greer"),
                        "Fiona Caldwell said the plan was reckless. \"It is a gamble,\" she said. The chief inspector of prisons, Dame Alison Greer, is due to publish her annual report later this month. \"It is squalid,\" she said."),
                Arguments.of(
                        List.of("Fiona Caldwell", "Alison Greer"),
                        "Fiona Caldwell said the plan was reckless. \"It is a gamble,\" she said. The chief executive, Alison Greer, is due to publish her report. \"It is squalid,\" she said."),
                Arguments.of(
                        List.of("Sarah Bickerstaff", "Sarah Bickerstaff"),
                        "Sarah Bickerstaff, a nurse, gave evidence. \"I was told there was no one else to send,\" she said. Asked by the barrister, Rachel Oduya, about the chart, Ms Bickerstaff paused before answering. \"Yes,\" she said."),
                Arguments.of(
                        List.of("Hafiz Zulkarnain", "Hafiz Zulkarnain"),
                        "KUALA LUMPUR, Feb 20 (Reuters) - Malaysia's central bank governor said on Thursday the ringgit was \"undervalued\". \"The current level of the ringgit does not reflect the prospects of Malaysia,\" Governor Datuk Seri Hafiz Zulkarnain told a news conference."),
                Arguments.of(
                        List.of("The prisons minister"),
                        "Minister defends early release\n\nRowena Hale Home affairs correspondent\n\nThe prisons minister has admitted the scheme is \"not where anyone wants to be\"."),
                Arguments.of(
                        List.of("The prisons minister"),
                        "Minister defends early release\n\nMabel Ferris\nCrime Correspondent\n\nThe prisons minister has admitted the scheme is \"not where anyone wants to be\"."),
                Arguments.of(
                        List.of("Saeed Al Marri", "one analyst", "Saeed Al Marri"),
                        "Saeed Al Marri spoke to analysts. \"We are seeing buyers,\" Al Marri said. Asked by one analyst, \"Are we at risk of oversupply?\", Al Marri said the company was \"disciplined\" about launches."),
                Arguments.of(
                        List.of("one officer", "Malik J. Thornberry"),
                        "Malik J. Thornberry was shot three times after officers pulled over his car. The video shows two officers approaching the car. After Thornberry opens the door, one officer can be heard shouting, \"Drop it! Drop it!\" A man's voice, which the family says is Thornberry's, answers, \"It's my phone, man.\""),
                Arguments.of(
                        List.of("Ruth Abernathy"),
                        "Ruth Abernathy grew up on a soybean farm. \"If it does not work in the mud, it does not work,\" the Furrow Labs co-founder and CEO said when we met."),
                Arguments.of(
                        List.of("Earl Pettiford", "Rick Abernathy"),
                        "Earl Pettiford has trained fighters for forty years. \"Jimmy was right,\" he says now.\n\nRick Abernathy was dismissive of the matchup when it was announced. \"It is a nice story,\" he said."),
                Arguments.of(
                        List.of("Earl Pettiford", "Rick Abernathy"),
                        "Earl Pettiford has trained fighters for forty years. Dmitri Volkov is the champion. \"Jimmy was right,\" Pettiford says.\n\nVolkov's promoter, Rick Abernathy, was dismissive of the matchup last month. \"Delgado is a nice story,\" he told ESPN."),
                Arguments.of(
                        List.of("Tom Reyes"),
                        "Tom Reyes and Anna Cole met the press on Monday. Cole spoke first about the budget.\n\n“Is this really the best we can do?” Reyes wondered."),
                Arguments.of(
                        List.of("Tom Reyes"),
                        "Tom Reyes and Anna Cole met the press on Monday. Cole spoke first about the budget.\n\n“Get those cameras out of here,” bellowed Reyes."),
                Arguments.of(
                        List.of("one reporter", "Emeka Okonjo"),
                        "Emeka Okonjo spoke for an hour. “Are you safe now?” one reporter asked. Okonjo grinned. “Safe? Ask me in May.”"),
                Arguments.of(
                        List.of("Cade Whitaker", "Cade Whitaker"),
                        "Cade Whitaker won the game for Buck Hollister. \"It was better than the dream,\" Whitaker said.\n\nRuiz asked what Hollister had said before the final drive. Whitaker laughed. \"He said, 'Go win the damn game.' So we did.\""),
                Arguments.of(
                        List.of("Anthony Okafor-Blake"),
                        "Anthony Okafor-Blake resigned from the cabinet on Friday.\n\nIn an interview published on Saturday, the 58-year-old MP for Wexcombe and Dunmore said he had left cabinet over prisons.\n\n“I sat in that department for two years,” he told the paper."),
                Arguments.of(
                        List.of("Dwayne Johnson"),
                        "Dwayne “The Rock” Johnson said on Monday that the film was done. “We wrapped last night,” Johnson said."),
                Arguments.of(
                        List.of("Nadia Frost", "Gareth Lyle"),
                        "Gareth Lyle, a TV presenter, and Nadia Frost split in 2023. Frost told Vanity Fair he \"simply vanished\".\n\nBut the presenter said he was \"at every single appointment\"."),
                Arguments.of(
                        List.of("Jane Smith", "Tom Reed"),
                        "Jane Smith met Tom Reed. “It is a disaster,” she said, before Reed interrupted: “No, it is not.”"),
                Arguments.of(
                        List.of("Amara Quist", "Amara Quist"),
                        "Amara Quist and Teodor Vasilescu took questions. “People want a bow on top,” Quist said before Vasilescu could answer. “Life does not give you one.”"),
                Arguments.of(
                        List.of("Tom Hill"),
                        "Kobalt Wolves beat Nimbus Arc in the final. Nimbus Arc's Tom Hill was gracious. “We got comfortable,” he said."),
                Arguments.of(
                        List.of("Karen Ode", "Tom Reed"),
                        "Prosecutor Karen Ode questioned the defendant, Tom Reed. “Where were you that night?” Ode asked. “At home,” the defendant replied."),
                Arguments.of(
                        List.of("Tomasz Wierzbicki", "Kenji Alvarado-Sato"),
                        "Tomasz Wierzbicki, the band’s singer, is stepping back. “I need time,” Wierzbicki wrote. A message came from the band’s drummer and co-founder, Kenji Alvarado-Sato.\n\n“We are fine,” the drummer said."),
                Arguments.of(
                        List.of("Jan Roe", "Jan Roe"),
                        "Jan Roe smiled. “We will win,” she said. “Nobody believes it, but we will.”"),
                Arguments.of(
                        List.of("Jane Smith", "Tom Reed"),
                        "Tom Reed was still speaking when Jane Smith cut in: “That is not true.” “I have not finished,” Reed said."),
                Arguments.of(
                        List.of("Tom Reed", "Jane Smith"),
                        "“Is it true?” Tom Reed asked. “No,” came the swift reply from Jane Smith."),
                Arguments.of(List.of("Jane Smith"), "“That is not true,” Jane Smith chimed in."),
                Arguments.of(
                        List.of("Acme Corp"),
                        "A statement from Acme Corp read: “We are cooperating fully with the authorities.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Sen. Ana Ruiz (D-Ore.) told reporters: “This bill is dead.”"),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Sen. Ana Ruiz voted no. The 45-year-old Democrat told CNN: “This bill is dead.”"),
                Arguments.of(
                        List.of("Pep Lorca", "Pep Lorca"),
                        "Pep Lorca was delighted. “We were brilliant,” Lorca said. “The fans were superb, too,” he went on."),
                Arguments.of(
                        List.of("Ade Bello", "Ade Bello"),
                        "Ade Bello, while speaking to journalists in Abuja, averred that the party was “united”. “We will win,” Bello opined."),
                Arguments.of(
                        List.of("Ade Bello"),
                        "A statement signed by Ade Bello read in part: “The party is united.”"),
                Arguments.of(
                        List.of("Howard Feld"),
                        "Jordyn Marsh spoke on a podcast. On Wednesday, Marsh’s attorney, Howard Feld, told TMZ that his client “stands by every word” she said."),
                Arguments.of(
                        List.of("Kerry-Ann Moss"),
                        "Fans spotted that Dean Ward had ‘liked’ one of Kerry-Ann’s posts. “I am done,” Kerry-Ann Moss said."),
                Arguments.of(
                        List.of("Ana Okafor", "Ana Okafor"),
                        "Tamsin Royle met the rower Ana Okafor. The rower thought for a moment. “Yes,” she said. “Absolutely,” the rower added."),
                Arguments.of(
                        List.of("Kay Lee", "Kay Lee"),
                        "Kay Lee split from Tom Hale in August. The blonde beauty, who shot to fame on the dating show Coupled Up, revealed she had leaned on her co-stars. ‘The cast have been incredible,’ she said. ‘I owe them.’"),
                Arguments.of(
                        List.of("Ann Cole", "Ann Vey"),
                        "“Why did you quit?” Ann Cole asked Ann Vey. “I was tired,” she said."),
                Arguments.of(
                        List.of("Tom Cole", "Ann Vey", "Tom Cole", "Ann Vey", "Ann Vey"),
                        "“Why did you quit?” Tom Cole asked Ann Vey.\n\n“I was tired,” she said.\n\n“Of what?”\n\n“Of everything.”\n\n“It was time,” she added."),
                Arguments.of(
                        List.of(
                                "Rebecca Thornbury",
                                "Jo Pettifer",
                                "Rebecca Thornbury",
                                "Jo Pettifer",
                                "Rebecca Thornbury",
                                "Jo Pettifer"),
                        "In reality, prosecutor Rebecca Thornbury KC said, the scheme was a fraud. Jo Pettifer, 52, gave evidence on Tuesday.\n\nQuestioned by Ms Thornbury, she described how the transfers worked.\n\n‘Who told you to move the money?’ the prosecutor asked.\n\n‘Darren did,’ Mrs Pettifer replied.\n\n‘Did you ask him why?’\n\n‘Once.’\n\n‘Did anybody check?’\n\n‘No,’ the witness said."),
                Arguments.of(
                        List.of("One resident", "One resident"),
                        "Mayor Diane Kowal spoke first. One resident, who declined to give her name, stood at the edge of the police tape. “She only opened in April,” the woman said. “Everything she had is in there.”"),
                Arguments.of(
                        List.of("A neighbour"),
                        "Mayor Tom Kowal spoke first. A neighbour, who asked not to be named, watched from her porch. “It was terrifying,” the woman said."),
                Arguments.of(
                        List.of("one reporter", "Rajeev Nand"),
                        "Chief selector Rajeev Nand spoke. When one reporter asked, \"If 1,100 runs is not enough, what is?\", the 54-year-old former wicketkeeper shot back: \"There is no magic number.\""),
                Arguments.of(
                        List.of("one reporter"),
                        "Governor Hafiz Zul spoke to reporters. When one reporter asked, \"Has the bank lost control?\", the governor smiled."),
                Arguments.of(
                        List.of("Fionnuala Hart"),
                        "Halldora Sveinsdottir made the film. Screen Daily’s Fionnuala Hart called it \"a ghost story in which the ghost is the weather,\" a line Sveinsdottir says she intends to steal."),
                Arguments.of(
                        List.of("Fionnuala Hart"),
                        "Halldora Sveinsdottir made the film. Screen Daily’s Fionnuala Hart called it \"a ghost story,\" words that Sveinsdottir says she will treasure."),
                Arguments.of(
                        List.of("European Farmers’ Alliance"),
                        "Farmers marched in Brussels. The European Farmers’ Alliance, an umbrella group representing national farm unions, said in a statement that the Commission’s simplification package, presented last month, was “a start, not a solution.” Its secretary-general, Karl-Heinz Obermaier, told reporters the group would keep protesting."),
                Arguments.of(
                        List.of("Hannah Cole"),
                        "When Hannah Cole opened her electricity bill in January, she thought there had been a mistake.\n\n\"It was £1,400 for one month,\" the 34-year-old nurse from Bristol said."),
                Arguments.of(
                        List.of("Marta Ilves", "Marta Ilves"),
                        "The mayor of Tartu has rejected calls to close the pool, saying the savings would be \"a false economy\".\n\nMayor Marta Ilves told the local paper that the pool had 40,000 visitors a year. \"You do not save money by making people less healthy,\" she said."),
                Arguments.of(
                        List.of("Swift's rep"),
                        "Taylor Swift says she is not allowed to sing her old songs.\n\nSwift's rep told Fox News that this was not the whole truth. \"Big Machine owes Taylor $7.9 million.\"\n\nA rep for Scooter Braun did not immediately respond."),
                Arguments.of(
                        List.of("Harriet Lomax", "Harriet Lomax"),
                        "A senior banking supervisor has told lenders that their climate models are \"complacent\", in the sharpest warning on the issue to date.\n\nHarriet Lomax, deputy chief executive of the Prudential Oversight Authority, told bankers on Wednesday that firms were ticking boxes. \"That is not risk management,\" she said."),
                Arguments.of(
                        List.of("A senior official"),
                        "A senior official said the talks had \"collapsed\" overnight.\n\nJane Doe, the foreign minister, said she remained hopeful."),
                Arguments.of(
                        List.of("A Lagos bus driver"),
                        "A Lagos bus driver who returned a bag to its owner says he \"never thought twice\"."),
                Arguments.of(
                        List.of("Marta Ilves"),
                        "TALLINN — The mayor of Tartu has rejected calls to close the pool, saying the savings would be \"a false economy\".\n\nMarta Ilves, who has led the council since 2019, told the local paper that the pool had 40,000 visitors a year."),
                Arguments.of(
                        List.of("Karen Lindqvist", "Karen Lindqvist"),
                        "WASHINGTON (AP) — The federal official in charge of the emergency alert system acknowledged Tuesday that a warning meant for 11,000 people \"reached nobody,\" as senators pressed her on why.\n\nKaren Lindqvist, the administrator of the alert office, told the committee she took responsibility. \"We failed those families,\" she said."),
                Arguments.of(
                        List.of("Nguyen Thi Lan", "Tran Van Minh"),
                        "Nguyen Thi Lan and her husband Tran Van Minh sell noodles near the station. \"Business is down by half,\" Lan said. \"The tourists have not come back,\" her husband added."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Tom Hale's wife, Ana Ruiz, runs the stall. \"The tourists have not come back,\" his wife said."),
                Arguments.of(
                        List.of("Likud"),
                        "Critics rounded on Likud, which tried to rally support by saying that Arab voters were \"coming out in droves.\""),
                Arguments.of(
                        List.of("Likud"),
                        "They criticised Likud, which said that Arab voters were \"coming out in droves.\""),
                Arguments.of(
                        List.of("Tom Hale", "Ana Ruiz"),
                        "Fans were stunned by the news.\n\n\"This is the best day of my life,\" wrote Tom Hale.\n\n\"Congratulations to the whole team!\" pic.twitter.com/abc123\n\n— Ana Ruiz (@anaruiz) May 1, 2022"),
                Arguments.of(
                        List.of("Harbour City FC"),
                        "The club confirmed the appointment on Wednesday.\n\n\"We are delighted to welcome Ange Moreau as our new head coach.\"\n\nA post shared by Harbour City FC (@harbourcityfc) on Nov 20, 2019 at 9:01am PST"),
                Arguments.of(
                        List.of("a magistrate"),
                        "A tradesman who stole tools from building sites has avoided jail, with a magistrate warning him he had come \"very close\" to prison.\n\nJarrod Kinsella, 29, pleaded guilty to 14 counts of larceny."),
                Arguments.of(
                        List.of("Terrell Gaines"),
                        "Former Broncos running back Terrell Gaines offered some tough love on X: \"Keep your head up young fella.\""),
                Arguments.of(
                        List.of("judges", "Owen Tavistock"),
                        "Marlowe Court is unremarkable on paper. The judges called it \"quietly radical,\" and in The Architectural Review the critic Owen Tavistock described it as \"a rebuke to the atrium\"."),
                Arguments.of(
                        List.of("mossbelly"),
                        "\"Best-looking esport nobody watched,\" a user called mossbelly wrote."),
                Arguments.of(
                        List.of("Mark Jensen", "Paul Novak"),
                        "Senator Mark Jensen on Tuesday attacked the budget.\n\nJensen said Governor Paul Novak had ignored rural schools. \"He has never set foot in half of them,\" Jensen said.\n\nThe governor said the budget increased school funding. \"The numbers are clear,\" he said."),
                Arguments.of(
                        List.of("Rodolfo Mañalac", "Josefina Abad"),
                        "Senator Josefina Abad led the hearing. She then turned to Assistant Secretary Rodolfo Mañalac.\n\n\"I would have to check our records,\" Mañalac replied.\n\n\"You would have to check?\" the senator shot back."),
                Arguments.of(
                        List.of("Josefina Abad"),
                        "Senator Josefina Abad led the hearing. She then turned to Assistant Secretary Rodolfo Mañalac. \"How many of these clearances did you sign?\""),
                Arguments.of(
                        List.of(
                                "South African Federation of Labour Unions",
                                "South African Federation of Labour Unions"),
                        "The South African Federation of Labour Unions (Safelu) has called a strike. \"Workers have had enough,\" Safelu said in a statement. The union added: \"We will not back down.\""),
                Arguments.of(
                        List.of("Rwanda's foreign ministry", "Rwanda's foreign ministry"),
                        "Rwanda's foreign ministry said the claims were \"baseless\". \"We reject them entirely,\" the ministry said."),
                Arguments.of(
                        List.of("China's commerce ministry"),
                        "\"The tariffs are unjustified,\" China's commerce ministry said in a statement."),
                Arguments.of(
                        List.of("Luis"),
                        "Another resident, who asked to be identified only by his first name, Luis, told reporters: \"We have no water.\""),
                Arguments.of(
                        List.of("Rick"),
                        "One man, who gave his name only as Rick, accused the council of \"selling this town to out-of-town money\"."),
                Arguments.of(
                        List.of("Kyle Brandvold"),
                        "Officer Kyle Brandvold was at the scene. One officer, whom police later identified as Brandvold, can be heard shouting, \"Drop it!\""),
                Arguments.of(
                        List.of("Malik Thornberry"),
                        "Malik Thornberry was shot in March. On the video, a voice, which the family says is Thornberry's, answers: \"It's my phone.\""),
                Arguments.of(
                        List.of("Ron Dolin", "one of the project managers present"),
                        "Larry Page announced the changes at an all-hands meeting. Finally, one of the engineers, Ron Dolin, started yelling at Page. He said the meeting was no place for a review. What Page was doing was “completely ridiculous,” he said, and “totally unprofessional.” “It sucked,” one of the project managers present said later."),
                Arguments.of(
                        List.of("Andy Vesey", "Andy Vesey"),
                        "The outages have been “terribly disruptive” and PG&E is taking steps to avoid them in the future but at the moment, “we won’t roll the dice on public safety,” company CEO Andy Vesey said."),
                Arguments.of(
                        List.of("elmo666", "jayk1984"),
                        "\"This is the worst update ever,\" wrote elmo666. \"Agreed, total garbage,\" replied jayk1984."),
                Arguments.of(
                        List.of("elmo666", "elmo666", "jay_k"),
                        "Reddit user elmo666 was furious. \"This is the worst update ever,\" he wrote. \"I want a refund.\"\n\n\"Same here,\" said Reddit user jay_k."),
                Arguments.of(
                        List.of("elmo666"),
                        "One user, elmo666, wrote: \"This is the worst update ever.\""),
                Arguments.of(
                        List.of("protesters"),
                        "Ana Ruiz arrived at 9am. Protesters in the square said she was \"selling out\"."),
                Arguments.of(
                        List.of("Analysts at Brockhurst Securities"),
                        "Norvella shares fell 3.2%. Analysts at Brockhurst Securities wrote in a note to clients that the recall was \"unlikely to be material\"."),
                Arguments.of(
                        List.of("Tom Hale"), "Tom Hale shouted \"Shame!\" as the mayor arrived."),
                Arguments.of(
                        List.of("Ana Ruiz"),
                        "Tom Hale replaced Ana Ruiz on Monday. In Ana Ruiz's words, \"the system is broken\"."),
                Arguments.of(
                        List.of("Ortiz"),
                        "Ortiz, who scored twice, said: \"The crowd carried us tonight.\""),
                Arguments.of(
                        List.of("Judd Apatow", "A woman"),
                        "Judd Apatow laughed. \"Keep going,\" he said. A woman leant over and said, \"What are you watching?\""),
                Arguments.of(
                        List.of("A doctor", "An officer"),
                        "A doctor on the scene told Ruptly: \"He died in my hands.\" An officer among the crowd said: \"Move back now.\""),
                Arguments.of(
                        List.of("Jun Sato", "Jun Sato"),
                        "Jun Sato opened his first restaurant at 24. \"I had no idea what I was doing,\" the 52-year-old said. \"None.\""),
                Arguments.of(
                        List.of("Marta Ilves"),
                        "Marta Ilves lost her shop in the flood. \"I had no idea what to do,\" the Tartu resident said."),
                Arguments.of(
                        List.of("the latest figures"),
                        "Growth slowed to \"a crawl,\" according to the latest figures."),
                Arguments.of(
                        List.of("Terry Vance", "Terry Vance"),
                        "Delmont coach Terry Vance kept it brief. \"They outplayed us,\" he said. Asked whether the fans had affected his team's communication on the final drive, Vance cut the question short: \"Did it affect their quarterback? No? Then it did not affect us.\""),
                Arguments.of(
                        List.of("A spokesman for the teachers", "A woman"),
                        "A spokesman for the teachers said: \"We will strike on Monday.\" A woman among the protesters said: \"We will be back tomorrow.\""),
                Arguments.of(
                        List.of("Joan Mills"),
                        "A reporter asked Senator Joan Mills whether she would run again. \"Ask me in March,\" she said."),
                Arguments.of(
                        List.of("Joan Mills"),
                        "Joan Mills spoke after the vote. The reporter asked about her plans. \"Ask me in March,\" she said."),
                Arguments.of(
                        List.of("Vesey Motors", "Vesey Motors", "Greater Northfield Police"),
                        "\"We regret the disruption,\" read a statement from Vesey Motors. \"The recall is precautionary,\" a Vesey Motors statement said. \"Officers were called at 10pm,\" a Greater Northfield Police statement read."),
                Arguments.of(
                        List.of("Peter Tamm"),
                        "Harbour lost 2-0 at home. \"We didn't score,\" came the explanation from coach Peter Tamm."),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz", "Tom Hale"),
                        "\"I'm done.\"\n\nThose three words, spoken by Ana Ruiz after Sunday's final, stunned the crowd.\n\n\"Done with tennis,\" she added.\n\n\"We will not be moved.\" Those were the words of Councillor Tom Hale on Tuesday night."),
                Arguments.of(
                        List.of("Peter Tamm"),
                        "Harbour lost 2-0 at home. \"We didn't score,\" was coach Peter Tamm's explanation."),
                Arguments.of(
                        List.of("Marta Ilves", "Marta Ilves"),
                        "Marta Ilves was asked whether she would run again. She shook her head: \"Never.\" Marta Ilves was blunt: \"Not now.\""),
                Arguments.of(
                        List.of("Daniel Lim", "Normala Jaafar", "Normala Jaafar"),
                        "Water\n\nOperators said the grid was coping. “We have capacity,” said Daniel Lim of the power utility.\n\nState Investment, Trade and Consumer Affairs committee chairman Datuk Normala Jaafar told Bernama that the state had \"long been concerned\" about supply.\n\n\"Residents have complained to me about water disruptions,\" she said."),
                Arguments.of(
                        List.of("Victorian Nurses’ Federation", "Bernadette O’Callaghan"),
                        "Strike\n\n“Patients come first,” the Victorian Nurses’ Federation said.\n\nThe federation’s state secretary, Bernadette O’Callaghan, said members had voted 94% in favour of industrial action after eight months of negotiations had gone “precisely nowhere”."),
                Arguments.of(
                        List.of("Syed Bokhari", "Syed Bokhari"),
                        "Selectors\n\nThe board chairman, Syed Bokhari, spoke to reporters on Monday.\n\nThe chairman rejected the impression that the board wanted a panel that would “rubber-stamp” the management’s choices, saying the new selectors would have “complete independence” in picking squads."),
                Arguments.of(
                        List.of("Lanternfall Workers United"),
                        "Layoffs\n\nLanternfall Workers United, which represents around 60 QA testers and is affiliated with the Communications Workers of America, said at least 22 of its members were among those laid off.\n\n\"Leadership chose to announce these cuts without a single conversation,\" the union said in a statement."),
                Arguments.of(
                        List.of("Min-jun Park", "Min-jun Park", "Han Seo-yeon"),
                        "Final\n\nThe Wolves beat Nimbus Arc 3-2, though their star duelist Min-jun \"Sora\" Park dominated the early rounds.\n\nOn the other side of the stage, Park was gracious. \"We had the lead and we got comfortable,\" he said through an interpreter. \"That's on us, not on luck.\" His coach, Han Seo-yeon, told Dexerto after the match that the team had \"stopped playing our own game\" in the final map."),
                Arguments.of(
                        List.of("Tamsin Royle", "Beatriz Okonjo-Hale", "Renée Castellane"),
                        "Podcast\n\nBeatriz Okonjo-Hale spoke to the podcast hosted by Tamsin Royle. “Thanks for that,” Royle said.\n\n“You’re welcome. That’s what I’m here for,” her guest shot back.\n\n“What was going through your mind?” asked the interviewer, former doubles champion Renée Castellane."),
                Arguments.of(
                        List.of("Ellen Whitcomb", "Brent Kowalski"),
                        "Race\n\n“He was in Scottsdale,” Governor Ellen Whitcomb said of Brent Kowalski on Monday. The remarks came two days after Kowalski released a campaign video calling Whitcomb's administration “asleep at the wheel” and blasting her plan as a failure."),
                Arguments.of(
                        List.of("A spokesperson for Lyle", "A spokesperson for Lyle"),
                        "Feud\n\nPasco replied within the hour. A spokesperson for Lyle told HuffPost on Monday that the congressman “stands by every word” and that the final Senate text “bears little resemblance” to the version he helped draft in 2022."),
                Arguments.of(
                        List.of("Celeste Moreau", "Tamara Quinn-Holt"),
                        "Reunion\n\n“I was late,” Celeste Moreau said. She was already fired up over a rumor she'd heard from Jenna Park earlier in the week: that Tamara Quinn-Holt had been telling people Celeste's husband, Rick, was “drowning in debt.”"),
                Arguments.of(
                        List.of("Sandra Okwu", "Harriet Lyle", "Sandra Okwu", "Sandra Okwu"),
                        "Chief quits\n\nChief executive Sandra Okwu said in a statement that she was leaving “with pride”.\n\nThe board named finance director Harriet Lyle as interim chief executive. “Nothing about our strategy changes today,” she said.\n\nHer predecessor struck a very different tone in an interview with Bloomberg hours later. The frozen division, she said, was “being sold for parts”.\n\n“It’s the wrong decision,” she added."),
                Arguments.of(
                        List.of("Canopy Watch", "Canopy Watch"),
                        "Palm oil\n\nMills were linked to deforestation in a report released on Tuesday by an environmental group.\n\nThe investigation by Canopy Watch, a London-based nonprofit, traced deliveries to mills owned by Sentosa Agri Resources.\n\nThe report accuses Sentosa of “systematic failures” to enforce its own policy. “Sentosa’s pledges are not worth the paper they are written on,” the report says."),
                Arguments.of(
                        List.of("Gbenga Oduwole", "Gbenga Oduwole"),
                        "Road\n\nIn a statement made available to PUNCH on Monday, the Special Adviser to the Governor on Public Works, Mr Gbenga Oduwole, said an emergency intervention had been approved.\n\nThe statement read in part, “The state government is aware of the unfortunate situation at Omi-Ayo.”\n\n“Work will start next week,” he said."),
                Arguments.of(
                        List.of("Imani Brooks", "Karen Ashby"),
                        "Rookie\n\n“I just play,” Imani Brooks said. Brooks’s path to the league ran through Ohio State, where her college coach, Karen Ashby, describes her as “the most stubborn player I’ve ever coached”."),
                Arguments.of(
                        List.of("Faisal Kamran", "Nasreen Bibi", "Faisal Kamran"),
                        "Lahore\n\nSpeaking to reporters, Deputy Inspector General of Police (Operations) Syed Faisal Kamran said the officers had acted in self-defence. “Two of our constables were injured,” he said.\n\nUsman's mother, Nasreen Bibi, said the police had picked up her son. “They came at the time of Fajr,” she said.\n\nAsked about the family's claims, the DIG said an inquiry had been ordered. “Any officer who broke the law will face the consequences,” he added."),
                Arguments.of(
                        List.of("East African Tea Trade Association", "Paul Rono", "Paul Rono"),
                        "Tea\n\n“Buyers have reduced their volumes,” the East African Tea Trade Association said.\n\nAgriculture Principal Secretary Dr Paul Rono said the government was looking for new markets. “We are in talks with buyers in Iran,” Dr Rono told reporters.\n\nHe also urged factories to invest in value addition. “As long as we sell our tea in bulk, somebody else will make the profit,” the PS said."),
                Arguments.of(
                        List.of("the police", "R. Thiagarajan"),
                        "Money mules\n\n“The suspects relinquished their bank accounts,” the police said.\n\nSpeaking at a media briefing, Deputy Assistant Commissioner of Police R. Thiagarajan said some of the suspects had been recruited online. “Do not sell or rent out your bank account,” he said."),
                Arguments.of(
                        List.of(
                                "Halvorsen",
                                "David Okoro",
                                "Halvorsen",
                                "David Okoro",
                                "Halvorsen"),
                        "Swimmer\n\n“I'm not done yet,” Halvorsen, 32, told co-anchor David Okoro on Thursday.\n\n“Your body has been through a lot,” the anchor said.\n\n“It tells me to ice more,” she said with a laugh.\n\n“Would you swim in Los Angeles in 2028?”\n\n“If I'm fast enough, I'll be there,” Halvorsen said."),
                Arguments.of(
                        List.of("Kate Brennick", "Michael Tran", "Kate Brennick"),
                        "Budget\n\n“I'm not going to play the game of ruling things in and out,” Finance Minister Kate Brennick told host Michael Tran.\n\n“So it's on the table,” Tran said.\n\n“Everything is always on the table, Michael. That's what a table is for.”"),
                Arguments.of(
                        List.of("Harriet Quill", "Harriet Quill", "her mother", "Kristen Wiig"),
                        "Resignation\n\n“It was a shock,” said Harriet Quill, who chairs the housing committee. She said her committee would call ministers to give evidence “at the earliest opportunity”.\n\nWhen Kristen Wiig tells them she's in a movie, her mother will say tentatively, “Is that something we can see?” “They're still getting used to it,” Wiig said."),
                Arguments.of(
                        List.of("Ronald Pike", "The photographer"),
                        "Arrest\n\nGrant Faulkner was arrested after an altercation with a photographer, police said. “We are confident,” his lawyer Ronald Pike said.\n\nThe photographer, who has not been publicly identified, told the outlet he was “just doing my job” and intends to press charges."),
                Arguments.of(
                        List.of("A reporter", "Kristin Vale"),
                        "Kristin Vale scored 30. A reporter asked Vale whether she had considered fouling.\n\n\"Did you think about fouling?\"\n\n\"We talked about it,\" she said."),
                Arguments.of(
                        List.of(
                                "Harvest Table",
                                "Harvest Table",
                                "Joanne Kimathi",
                                "Harvest Table"),
                        "Food bank charity warns of ‘worst winter yet’ as demand soars\n\nHarvest Table, which supports 46 food banks across Lancashire, said demand was up 23%.\n\n“We are bracing ourselves for our worst winter yet,” the charity said.\n\nJoanne Kimathi, who runs a food bank in Preston, said many of the families were in work. “We’re seeing nurses and delivery drivers,” she told the Lancashire Evening Post.\n\nThe charity is calling on the government to scrap the two-child limit, which it described as “the single biggest driver of child hunger”."),
                Arguments.of(
                        List.of("Hana Okonkwo-Reyes"),
                        "Data leak\n\nOn Friday, Bloomcycle co-founder Hana Okonkwo-Reyes published a post on the company’s blog. A researcher found the data in March. He emailed the company twice. Nobody replied.\n\nOkonkwo-Reyes, who founded the company in 2019, wrote that Bloomcycle has hired a forensics firm. The post describes the dataset as “pseudonymized.”\n\nBloomcycle, which raised $22 million last year, says users can delete their data."),
                Arguments.of(
                        List.of("Gareth Pryce-Morgan", "Warrick de Villiers", "Ashbury Lions"),
                        "Lions collapse\n\nAshbury Lions boss Gareth Pryce-Morgan admitted his side had thrown it away.\n\nAnd a fuming Pryce-Morgan did not hold back when he spoke to TNT Sports pitchside.\n\n‘We handed it to them,’ said the Lions director of rugby.\n\nSaints coach Warrick de Villiers was delighted. ‘He kicked it down today,’ the South African told reporters.\n\nThe club’s official account later posted simply: ‘Not good enough. We go again.’"),
                Arguments.of(
                        List.of("NFL"),
                        "Ban\n\nThe NFL has suspended Baltimore Ravens linebacker Deshawn Pruitt for two games for an illegal hit on Cincinnati Bengals quarterback Cole Ashby.\n\n“Pruitt lowered his head to initiate forcible contact,” the league said in a statement."),
                Arguments.of(
                        List.of(
                                "Ines Carvalho-Byrne",
                                "Ines Carvalho-Byrne",
                                "Ines Carvalho-Byrne"),
                        "Profile\n\nInes Carvalho-Byrne arrives at the café ten minutes early. ‘Fourteen years of service does that to you,’ she says.\n\nTelevision, she insists, was never the plan. A producer who had eaten at her restaurant asked her to do a single segment on a daytime show. The clip went viral, and within a year, she had her own series.\n\n‘Avó Lurdes,’ she says, and her whole face changes. ‘She cooked for forty people every Sunday.’"),
                Arguments.of(
                        List.of("Bridget Kinsella"),
                        "Sentencing\n\nJason Mulhall was jailed for six years for the raid on pensioner Bridget Kinsella’s home in Inchicore.\n\nMrs Kinsella, who spent 11 days in hospital, did not attend the sentencing hearing. Her victim impact statement was read to the court by her daughter, Geraldine Kinsella-Roche.\n\n‘I was born in that house and I always thought I would die in it. Now I can’t sleep there.’"),
                Arguments.of(
                        List.of("Karen Lindqvist", "Elena Ruiz", "Karen Lindqvist"),
                        "Hearing\n\nSen. Elena Ruiz asked state emergency director Karen Lindqvist about the alert.\n\n“Not in my office, senator,” Lindqvist replied.\n\n“So a warning about the warning system went to a dead inbox,” Ruiz said.\n\n“Yes.”"),
                Arguments.of(
                        List.of("Mathilde Rousseau-Kerven", "European Farmers’ Alliance"),
                        "Farmers\n\n“We don’t need to be understood. We need to be paid,” Mathilde Rousseau-Kerven said.\n\nThe European Farmers’ Alliance, an umbrella group representing national farm unions, said in a statement that the Commission’s simplification package, presented last month, was “a start, not a solution.” Its secretary-general, Karl-Heinz Obermaier, said more was needed."),
                Arguments.of(
                        List.of("Rolando M. Tiongson"),
                        "Flood control\n\nSenator Ramon Dela Paz said the allegations were timed to damage him.\n\nThe complaint stems largely from the sworn affidavit of Rolando M. Tiongson, a former district engineer in Bulacan, who claims he was instructed to approve accomplishment reports for projects that existed \"only on paper.\" Tiongson has since left the department."),
                Arguments.of(
                        List.of("Helen Carruthers", "Helen Carruthers"),
                        "Tradie avoids jail\n\nA Brackenridge tradesman who stole power tools from building sites has avoided jail, with a magistrate warning him he had come \"very close\" to a prison sentence.\n\nJarrod Kinsella, 29, of Merrigal, pleaded guilty to 14 counts of theft.\n\nThe court heard he sold the tools online over eight months.\n\nPolice found 40 tools at his home.\n\nHis lawyer, Dean Moss, said his client had a gambling problem.\n\nKinsella has since sought treatment.\n\nHe has repaid $12,000.\n\nMagistrate Helen Carruthers described the offending as \"brazen and calculated\"."),
                Arguments.of(
                        List.of("Vessa Motors Inc."),
                        "Recall\n\n(Bloomberg) -- Vessa Motors Inc. is recalling more than 41,000 electric SUVs in the U.S. because a software error can cause a loss of power-steering assist.\n\nThe recall covers 2024 and 2025 model-year Vessa Terra vehicles, according to a filing posted Friday. The fault can occur “when the vehicle transitions from a low-speed parking maneuver to normal driving,” Vessa said in the filing.\n\nVessa said it was aware of 12 incidents and no injuries."),
                Arguments.of(
                        List.of("Reggie Tolliver", "Clarence Whitfield"),
                        "Obituary\n\nClarence Whitfield, the trumpeter, has died at 89. Whitfield grew up in Memphis. He joined the house band in 1961.\n\nReggie Tolliver, the saxophonist who played in his quintet, said Mr. Whitfield was the quietest man in any studio. “Doc never raised his voice,” Tolliver said.\n\nHis first album came out in 1971, when he was 36. Asked why he had waited so long, he laughed. “Nobody asked me,” he said."),
                Arguments.of(
                        List.of("Nomvula Khumalo-Pieterse", "Nomvula Khumalo-Pieterse"),
                        "Power\n\nMinister Nomvula Khumalo-Pieterse promised relief.\n\nIn February the minister told Parliament that “the end of load shedding is in sight”.\n\nWerner Botha-Naidoo said the promise had been broken. Botha-Naidoo pointed out that in March the minister had told reporters that “winter will be fine”."),
                Arguments.of(
                        List.of("Kayla Brennan", "Tom Hale"),
                        "Trolls\n\nKayla Brennan shared screenshots of the messages.\n\nThe mother of two said she would not be silenced.\n\n“They will not win,” she said.\n\nTom Hale, 40, was also targeted. “It was a shock,” the dad-of-three said."),
                Arguments.of(
                        List.of("Carla Mendes-Whitfield"),
                        "Mayoral race\n\nThe race for mayor of Port Ellison turned personal on Thursday night when challenger Carla Mendes-Whitfield accused incumbent Douglas Hendry of misleading voters, calling him “a liar” during a televised debate."),
                Arguments.of(
                        List.of("Declan Forsythe", "Declan Forsythe", "Declan Forsythe"),
                        "Final\n\nCommentator Declan Forsythe was on the call. Lukas Brandstätter planted the device with four seconds left.\n\n\"And that is the Fenrir plant! That is a championship plant!\" Forsythe called. \"Five years!\"\n\n\"It is over,\" Forsythe called."),
                Arguments.of(
                        List.of("Gareth Lyle"),
                        "Showbiz\n\nNadia Frost’s ex-husband Gareth Lyle has hit back at her claims. A pal of Gareth said he was gutted.\n\nA rep for Nadia said she had spoken honestly.\n\nThe TV presenter insists he was “at every single appointment”."),
                Arguments.of(
                        List.of("A spokesperson for Teague-Whitman"),
                        "Showbiz\n\nMarisol Teague-Whitman left the show on Friday, the studio said.\n\nA spokesperson for Teague-Whitman struck a cooler note. “Marisol is proud of the show,” the spokesperson said."),
                Arguments.of(
                        List.of("Mahbuba Sultana", "Rokeya"),
                        "Dengue\n\nOne of those patients is Rokeya, a 34-year-old garment worker from Pallabi, who asked that her surname not be used.\n\nProfessor Mahbuba Sultana, an entomologist, told The Daily Star that the surveys were “largely theatre”.\n\nBack at Mirpur General, Rokeya’s platelet count had begun to rise. Doctors told her she could go home. She smiled when asked how she felt. “God has been merciful,” she said."),
                Arguments.of(
                        List.of("Seamus Kearney", "Brad Whitcomb"),
                        "Captains trade barbs\n\nEurope's Irish captain Seamus Kearney and his American counterpart Brad Whitcomb traded words on Wednesday.\n\nWhitcomb had said home support was worth two points. Asked about that, the Irishman said: “Brad's entitled to his maths.”\n\nHe also named his pairings. “Jordan's a fourball animal,” the American captain said."),
                Arguments.of(
                        List.of("Marco Bellini"),
                        "VAR row\n\nForest's Italian boss Marco Bellini launched a tirade at officials.\n\nStriker Ibrahim Sesay's header had been ruled out by VAR for offside.\n\nThe furious Italian stormed: “It's the worst decision I've ever seen.”"),
                Arguments.of(
                        List.of("Musa Danladi Kwande", "Chukwuemeka Nwosu"),
                        "Defection\n\nSenator (Dr.) Chukwuemeka Nwosu, representing Enugu East, has defended his defection.\n\nAlhaji Musa Danladi Kwande welcomed the lawmaker. “Our doors remain open,” Kwande said.\n\nThe senator, first elected in 2019, dismissed the threat. “Let them go to court,” he said."),
                Arguments.of(
                        List.of("Ron Tippett", "Great Lakes Central Railroad"),
                        "Derailment\n\nTwenty-two cars of a Great Lakes Central Railroad train left the tracks on Monday.\n\nFire Chief Ron Tippett said two tankers were involved. “We have no sign of a leak,” he said.\n\nIn a statement, the railroad said: “We are working closely with local first responders.”"),
                Arguments.of(
                        List.of("Kill Devil Hills Ocean Rescue"),
                        "Drowning\n\nThe swimmer was pulled from the water by a Coast Guard Sector North Carolina crew.\n\nKill Devil Hills Ocean Rescue said red flags were flying. “When the red flags are up, stay out of the water,” the agency said."),
                Arguments.of(
                        List.of("Ironbark Resources"),
                        "Job cuts\n\nIronbark Resources will cut up to 600 jobs after its profit fell.\n\nIn a statement to the ASX, the company said it was “taking decisive action”."),
                Arguments.of(
                        List.of("Chukwudi Nwachukwu"),
                        "Tariff hike: Senator faults NERC\n\nThe senator representing Anambra South Senatorial District, Senator Chukwudi Nwachukwu, has faulted the increase in tariff for customers, describing it as insensitive.\n\nSpeaking with journalists in Abuja on Tuesday, the lawmaker said, “You cannot ask a drowning man to carry cement.”"),
                Arguments.of(
                        List.of("the club"),
                        "Club news\n\nManager Tom Hale left on Friday.\n\n“We are deeply saddened,” read a statement from the club."),
                Arguments.of(
                        List.of("Russia's foreign ministry", "Ministry of Health"),
                        "Move\n\nThe Ministry of Health said hospitals were ready.\n\nRussia's foreign ministry said: “This is a provocation.”\n\n“We are ready,” the health ministry said."),
                Arguments.of(
                        List.of("The Daily Mail", "A spokesperson for the broadcaster"),
                        "Row\n\nThe singer Lily Allen responded on Twitter, denying the Daily Mail report.\n\n“We stand by our story,” the newspaper said.\n\nITV has not confirmed the line-up. A spokesperson for the broadcaster said: “We never comment on speculation.”"),
                Arguments.of(
                        List.of("The crowd", "the audience"),
                        "Rally\n\nThe minister spoke first.\n\nThe crowd chanted “Lock her up!”\n\n“Lock him up!” the audience shouted back."),
                Arguments.of(
                        List.of("Bloomberg", "Reuters"),
                        "Deal talks\n\nShares in Acme Corp rose 8% on Monday.\n\nAccording to Bloomberg, the company is “exploring options” including a sale.\n\nAccording to Reuters, Acme is “in advanced talks” with two bidders."),
                Arguments.of(
                        List.of("K.N. Ravindra Gowda", "Basavaraj Patil", "K.N. Ravindra Gowda"),
                        "Crop aid\n\nDeputy Commissioner K.N. Ravindra Gowda said verification was complete. “The money will be credited soon,” he told reporters.\n\nFarmer leader Basavaraj Patil said delays were common. “We are tired of waiting,” he said.\n\nResponding to the criticism, the Deputy Commissioner said some applications had been held up. “We are holding camps,” the officer said."),
                Arguments.of(
                        List.of("Met Office"),
                        "Rain warning\n\nThe Met Office has issued a yellow warning for rain across Wales. “Flooding of homes is possible,” the forecaster said."),
                Arguments.of(
                        List.of("Jane Hill"),
                        "Storm\n\nForecaster Jane Hill, of the private firm WeatherCo, expects gales. “It will be wild,” the forecaster said."),
                Arguments.of(
                        List.of("Rowan Tessaro", "Rowan Tessaro"),
                        "Rally\n\nRowan Tessaro says Mira Calloway misled voters about the port deal.\n\nThe Ohio businessman says, “She knew the numbers.”\n\nCalloway spoke an hour later in Dayton.\n\nThe businessman says of Calloway, “If she gets the chance, she will sell it.”"),
                Arguments.of(
                        List.of("Varga", "Varga"),
                        "Visit\n\nDaw Tuvo Renn visited the White House on Wednesday, six years after she was released from house arrest, a triumph for the Varga administration's policy of engagement.\n\nBut President Varga's decision to restore ties received support from Republican leaders.\n\nWashington is rolling out the red carpet for Tuvo Renn, who had breakfast with Vice President Brandt. She will visit Capitol Hill on Thursday.\n\n\"It is the right thing to do,\" Varga said. He called Kestria a \"good news story in a bad year.\""),
                Arguments.of(
                        List.of("Ana Ruiz", "Ana Ruiz"),
                        "Debate\n\nGovernor Ana Ruiz spoke on Tuesday.\n\nThe governor attacked Omar Vell, saying he “has offended every veteran.”\n\nRuiz criticised Vell, saying he had “failed every test.”"),
                Arguments.of(
                        List.of("Lindsey Harrow", "Lindsey Harrow"),
                        "Harrow: Vell’s ‘Hateful Rhetoric’ Dooms the Party\n\nOn Thursday Sen. Lindsey Harrow called out his rival Omar Vell at a conference.\n\nHarrow said, “We are losing voters because they think we don’t like them.”\n\nHe continued, “Vell is destroying our chance to win.”"),
                Arguments.of(
                        List.of("Rena Kalb", "Tam Ostrander", "Rena Kalb", "Tam Ostrander"),
                        "Interview\n\nGovernor Tam Ostrander spoke to host Rena Kalb on Sunday. Partial transcript as follows:\n\n\"KALB: Will she be at the debate tomorrow night?\n\n\"OSTRANDER: Well, look, nobody invited her, and nobody will.\n\n\"KALB: Do you really see those two as equivalent?\n\n\"OSTRANDER: I do, and so do the voters.\""),
                Arguments.of(
                        List.of("Tam Ostrander"),
                        "Memo\n\nGovernor Tam Ostrander wrote to staff on Sunday:\n\n“We will close two offices this year and merge the rest.\n\n“FIRST: No one will lose a job over the change.”"),
                Arguments.of(
                        List.of("Laurent Mercier", "the prefecture"),
                        "Paris\n\nUnion leader Laurent Mercier said: “There will be no retreat.”\n\nThe Paris police prefecture said on X that 23 people had been arrested. “Masked groups attacked officers,” the prefecture wrote."),
                Arguments.of(
                        List.of(
                                "At least half of voters in each state",
                                "A majority of Republicans"),
                        "Exit polls\n\nPolls closed at 8 p.m. in Ohio, where Senator Ruth Hale campaigned.\n\nAt least half of voters in each state say the candidates’ positions are “about right,” the survey found.\n\nA majority of Republicans said the party was “on the wrong track.”"),
                Arguments.of(
                        List.of("Valley Courier", "Dana Holt"),
                        "Cover-up\n\nThe shooting left 14 dead.\n\nAs the Valley Courier reported, even on Friday morning the mayor's office was refusing to call the attack terrorism:\n\n“The administration is still reluctant to call the attack an act of terrorism.”\n\nAs the Valley Courier reported, Mayor Dana Holt said:\n\n“We do not know enough yet.”"),
                Arguments.of(
                        List.of(
                                "Ivo Marchbank",
                                "Greta Solheim",
                                "Ivo Marchbank",
                                "Ivo Marchbank",
                                "Greta Solheim",
                                "Ivo Marchbank"),
                        "Budget\n\nAppearing on the Weekend Desk program, Treasurer Ivo Marchbank would not rule out a levy.\n\n“I won't play that game,” Marchbank told host Greta Solheim.\n\n“So it's possible,” Solheim said.\n\n“Everything is possible, Greta. That's what a budget is for.”\n\nThe host put it to him that the premier had ruled it out. “The premier made promises and we keep them,” he said.\n\n“Including that one?”\n\n“Including all of them.”"),
                Arguments.of(
                        List.of("Nadia Quarrie", "Owen Brackley"),
                        "Committee\n\nLabour MP Nadia Quarrie, who chairs the committee, asked: “How do you justify it?”\n\nConservative committee member Owen Brackley then asked whether the chief executive would return the money. He said he would not.\n\n“Then the public has its answer,” the Tory MP said."),
                Arguments.of(
                        List.of("Lyle Ostrander", "Conrad Vasko", "Lyle Ostrander", "Conrad Vasko"),
                        "Debate\n\nCouncil candidates Conrad Vasko and Ines Harlow met on Tuesday night.\n\n“Mr. Vasko, is the city less safe?” moderator Lyle Ostrander asked.\n\n“Ask anyone on the east side,” Vasko said.\n\n“I'm asking you, sir.”\n\n“Crime is down. People do not feel it.”"),
                Arguments.of(
                        List.of("Ruth Okafor", "Dina Marsh"),
                        "Hearing\n\nRuth Okafor and Dina Marsh spoke at the meeting.\n\n“Honestly, the bar is the bigger problem,” Okafor said, drawing both applause and groans.\n\n“The bar isn't next to a school!” Marsh shouted from the front row."),
                Arguments.of(
                        List.of("Lena Ortiz", "Maya Brandt", "Lena Ortiz"),
                        "Semifinal\n\nFreshman forward Lena Ortiz headed in a corner kick in the 88th minute. Senior midfielder Maya Brandt delivered the corner.\n\n\"Maya put it right on my head,\" Ortiz said.\n\nBrandt said she was not ready for her career to end. \"I have one more game in me,\" she said.\n\nThe freshman said she had scored only one other goal with her head. \"My club coach still texts me about it,\" she said."),
                Arguments.of(
                        List.of("Ines Farrow", "Ines Farrow"),
                        "Singer\n\nNell Farrow has not given an interview since 1988.\n\nHer daughter, Ines Farrow, who manages her mother's catalogue, says Nell still writes every day. “There are hundreds of songs in the barn,” she says. “Boxes of them.”"),
                Arguments.of(
                        List.of("The Harbour Gazette"),
                        "Trade talks\n\nThe Dallas Stallions have made guard Omar Pike available, and the Boston Tides are interested, according to The Harbour Gazette.\n\nThe report said Dallas is seeking “a young starter and a first-round pick” in any deal."),
                Arguments.of(
                        List.of("Megan Rourke", "Tariq Osei"),
                        "Baby news\n\nMegan Rourke is expecting her first child with boyfriend Tariq Osei.\n\nShe captioned the post: \"Our biggest adventure yet.\"\n\nThe Gladiators star shared the same photos on his own page, writing: \"Can't wait to meet you.\""),
                Arguments.of(
                        List.of(
                                "Nadia Kerrow",
                                "a reporter",
                                "Nadia Kerrow",
                                "Nadia Kerrow",
                                "a reporter",
                                "Nadia Kerrow"),
                        "Crash\n\n“The aircraft was on a routine flight,” spokeswoman Nadia Kerrow told reporters.\n\n“Was there any damage on the ground?” a reporter asked.\n\n“None that we're aware of.”\n\nAsked whether sabotage had been ruled out, the spokeswoman said the inquiry was at an early stage. “I'm not going to speculate,” she said.\n\n“So it hasn't been ruled out?”\n\n“Nothing's been ruled in or out.”"),
                Arguments.of(
                        List.of("one audience member", "Rhona Daly", "one audience member"),
                        "Question Time\n\nHousing minister Rhona Daly faced a heated exchange on Thursday.\n\n“My son still lives in his old bedroom. What are you going to do about it?” one audience member asked.\n\n“We are building more homes than ever,” Daly said.\n\n“Not round here you're not.”"),
                Arguments.of(
                        List.of("Isla Drummond", "Angus Reid", "Angus Reid", "Isla Drummond"),
                        "Tariffs\n\n“America is our biggest market,” managing director Isla Drummond said.\n\nAngus Reid, chief executive of the Speyside Association, said small producers were hit hardest. “The big groups can move stock. A family distillery with one importer can’t,” he said. “Some will not survive.”\n\nFor Glenmuir, the answer has been to look east. “We’re putting more energy into India,” she said."),
                Arguments.of(
                        List.of("Dan Ferrante"),
                        "Skywriting\n\nThe head of the super PAC backing former Gov. Hal Brisco for president, Dan Ferrante, praised the stunt on Friday.\n\n“Not us but can’t argue with it!” Ferrante, the head of Forward Together USA, Tweeted on Friday with an image of the skywriting."),
                Arguments.of(
                        List.of(
                                "Ilse Marchetti",
                                "Tobias Wrenfield",
                                "Ilse Marchetti",
                                "Tobias Wrenfield"),
                        "Composer\n\nTobias Wrenfield wrote operas. Ilse Marchetti staged them. “It was hard,” she says.\n\nIn 2004, when Marchetti suggested a cut, he wrote back a single line. “Ilse, you may cut my hair.”\n\nShe laughed about it later. “He meant it,” she says.\n\nLater, when Marchetti suggested another, he wrote back again. “Ilse, not this one either.”"),
                Arguments.of(
                        List.of("null", "null", "Corwin Ashdale"),
                        "Memoir\n\nI first met Petra Lindqvist in 2009. She helped me when no one else would.\n\nSo that, I said, is why I went overboard in trying to help Petra. “I am not shy,” I said. “I have never been shy.”\n\nThe judge, Corwin Ashdale, looked up. “Sit down,” he said."),
                Arguments.of(
                        List.of("Dora Quintero", "Dora Quintero", "Ansel Mayhew"),
                        "Caucus night\n\nDora Quintero spoke in Reno. “I have earned every vote,” Quintero said.\n\nShe then addressed the volunteers again: “Here is what I regret.”\n\nAnsel Mayhew is campaigning in Ohio. Turnout in the Virginia Democratic primary was high. The Delaware senator is telling reporters that he will have “a lot of delegates” after Tuesday."),
                Arguments.of(
                        List.of("Marisa Okonkwo", "the watchdog"),
                        "Court\n\nThe charge against Lyle Brandt was dropped on Thursday. “The evidence cannot prove every element of the offence,” according to a court document filed by state attorney Marisa Okonkwo.\n\nBrandt has been “arbitrarily detained” since 2019 and should be freed, the watchdog says."));
    }

    @ParameterizedTest
    @MethodSource("storiesWithSeveralSpeakers")
    void eachQuotationInAStoryGoesToItsSpeaker(List<String> expected, String text) {
        assertThat(speakers(text)).isEqualTo(expected);
    }

    @Test
    void wordsAfterADashInAHeadlineAreASectionNotASignature() {
        String text =
                "Yasmin El-Sayed Wins; ‘I Almost Didn’t Come Tonight’ — Full Winners List\n\n"
                        + "Yasmin El-Sayed won best actress on Sunday. “I almost didn’t come"
                        + " tonight,” she said.";

        assertThat(QuoteExtractorTest.extract(text, true).quotes())
                .extracting(Quote::speaker)
                .containsExactly("Yasmin El-Sayed", "Yasmin El-Sayed");
    }

    @Test
    void aNameOnlyTheHeadlineGivesInSentenceCaseIsTheSpeakerBeforeIt() {
        String text =
                "‘I was terrified’: Kristen Wiig on her years at SNL\n\n"
                        + "The actor joined the show in 2005.";

        assertThat(QuoteExtractorTest.extract(text, true).quotes())
                .extracting(Quote::speaker)
                .containsExactly("Kristen Wiig");
    }

    @Test
    void anOfficeOpeningAHeadlineIsThePersonTheStoryNamesInIt() {
        String text =
                "Taoiseach accuses Sinn Féin of ‘trying to turn a tragedy into a slogan’\n\n"
                        + "The Taoiseach, Ciarán Mulcahy, made the remarks in the Dáil on Wednesday.";

        assertThat(QuoteExtractorTest.extract(text, true).quotes())
                .extracting(Quote::speaker)
                .containsExactly("Ciarán Mulcahy");
    }

    @Test
    void aBareTitleUnderTheHeadlineIsWhoeverTheStoryNamesInItFarBelow() {
        String text =
                "Ottawa ties housing money to rent caps\n\n"
                        + "Premier calls federal conditions ‘a power grab’\n\n"
                        + "OTTAWA — The federal government will withhold housing money. The plan"
                        + " covers new units. It starts next year. Provinces must adopt caps. The"
                        + " fund is worth $7.2 billion. Cities welcomed the news.\n\n"
                        + "At Queen’s Park, the reaction was swift. Ontario Premier Rob"
                        + " Kettleborough spoke in Vaughan.";

        assertThat(QuoteExtractorTest.extract(text, true).quotes())
                .extracting(Quote::speaker)
                .containsExactly("Rob Kettleborough");
    }

    @Test
    void aHeadlinesCapitalsRunningOnPastANameLeaveTheName() {
        String text =
                "Theo Brannigan Breaks His Silence: ‘We Were Never Enemies’\n\n"
                        + "Theo Brannigan spoke on a podcast this week about the rumours.";

        assertThat(QuoteExtractorTest.extract(text, true).quotes())
                .extracting(Quote::speaker)
                .containsExactly("Theo Brannigan");
    }

    @Test
    void sheGoesToTheWomanNotToTheManNamedLast() {
        assertThat(
                        speakers(
                                "Helen Marsh met Robert Quill at the harbour on Monday.\n\n"
                                        + "“The quay will reopen next week,” she said."))
                .containsExactly("Helen Marsh");
    }

    @Test
    void aParticipleAfterAnAuxiliaryAndAPhrasalCueAttribute() {
        assertThat(
                        speakers(
                                "Tariffs rose.\n\n“The duty is paid by the importer,” Howard Vell,"
                                        + " a senior fellow at the Harbour Policy Centre, has written.\n\n"
                                        + "“We all miss the old pier,” Mara Quill weighed in, telling the"
                                        + " council it was a loss."))
                .containsExactly("Howard Vell", "Mara Quill");
    }

    @Test
    void aNameAfterAPrepositionBeforeAColonIsNotTheSpeaker() {
        assertThat(
                        speakers(
                                "Helen Marsh has found one drawback to working with Ana Ruiz and"
                                        + " Tom Hale: “They sing so well that I feel out of place.”"))
                .containsExactly("Helen Marsh");
    }

    @Test
    void aCueThatIntroducesTheNextQuotationIsNotThisOnesAttribution() {
        assertThat(
                        speakers(
                                "“It is a different muscle,” Ana Ruiz said. “You step out of"
                                        + " yourself.” Tom Hale agreed: “It is a job of its own.”"))
                .containsExactly("Ana Ruiz", "Ana Ruiz", "Tom Hale");
    }

    @Test
    void anAcronymSpeaksUnderTheNameTheArticleSpellsOut() {
        assertThat(
                        speakers(
                                "The Harbour Safety Authority (HSA) closed the quay.\n\n“The risk"
                                        + " is low,” the HSA said. “We will reopen soon,” said Coastal HSA"
                                        + " officials."))
                .containsExactly("Harbour Safety Authority", "Harbour Safety Authority");
    }

    @Test
    void describedAfterAQuotationAttributesIt() {
        assertThat(
                        speakers(
                                "Dr Ivo Brandt treated the patient.\n\n“Going upstairs was hard,”"
                                        + " the patient described in the case report."))
                .containsExactly("the patient");
    }

    @Test
    void aCueVerbBeforeAnInfinitiveReportsNoWords() {
        assertThat(
                        speakers(
                                "App.\n\nAna Ruiz runs the service, and Harbour Studios makes its"
                                        + " films.\n\nSome users were logged off. The tech teams"
                                        + " isolated the problem, Ruiz said, and “patched” the code as"
                                        + " the company continued to sign up users."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void wordsReadOutFromADocumentHaveNoSpeaker() {
        assertThat(
                        speakers(
                                "Historian Lorna Vale read from the diary of a survivor: “The"
                                        + " water came up the stairs faster than we could climb.”"))
                .containsExactly("null");
    }

    @Test
    void aSentenceClosingSaidXSpeaksForTheQuotationInside() {
        assertThat(
                        speakers(
                                "Tom Brack met the board on Monday.\n\n"
                                        + "The plan would need “a second vote” before spring,"
                                        + " said Ana Ruiz, a councillor for the harbour ward."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void aPersonAndHisTeamAreThePerson() {
        assertThat(
                        speakers(
                                "“We found water in the plume,” Dario Penn and his team wrote in"
                                        + " the paper."))
                .containsExactly("Dario Penn");
    }

    @Test
    void aRoleBetweenAnOrganisationAndANameLeavesTheName() {
        assertThat(
                        speakers(
                                "“It depends on the budget,” responded Harbour Authority director"
                                        + " Mina Osei, noting the delays."))
                .containsExactly("Mina Osei");
    }

    @Test
    void aReportSpeaksForWhoeverIssuedIt() {
        assertThat(
                        speakers(
                                "“Rates will stay high into next year,” said a report from"
                                        + " Kestrel Capital Partners."))
                .containsExactly("Kestrel Capital Partners");
    }

    @Test
    void aBodyOfItsOwnKindIsTheOneNamedWithThatNounOrAsWritten() {
        assertThat(
                        speakers(
                                "The Chartered Society of Physiotherapy has launched a campaign,"
                                        + " with posters advising pupils to look up. The society"
                                        + " said in a statement that the problem was “largely"
                                        + " preventable.”\n\nHarbor Freight Ltd declined to"
                                        + " comment.\n\n“Nobody was hurt,” the county said in a"
                                        + " statement.\n\nThe army said the soldiers were “safe"
                                        + " and accounted for.”\n\n“We are deeply saddened,” the"
                                        + " palace said."))
                .containsExactly(
                        "Chartered Society of Physiotherapy",
                        "the county",
                        "The army",
                        "the palace");
    }

    @Test
    void theDistrictIsTheSchoolsNamedBeforeIt() {
        assertThat(
                        speakers(
                                "A Lincoln High School student was detained Monday, prompting a"
                                        + " lockdown, Tacoma Public Schools said.\n\n“At no point"
                                        + " was a weapon found on campus,” the district said in an"
                                        + " email to families."))
                .containsExactly("Tacoma Public Schools");
    }

    @Test
    void aCueOpeningAReportedClauseReachesAPartialQuotationAtItsEnd() {
        assertThat(
                        speakers(
                                "The Coalition for Open Apps sued the state last year. “The law"
                                        + " protects children,” said Governor Ann Bell.\n\nThe"
                                        + " coalition countered that the law would force adults"
                                        + " to hand over government IDs or facial scans “simply"
                                        + " to download a podcast app.”"))
                .containsExactly("Ann Bell", "Coalition for Open Apps");
    }

    @Test
    void aPostOnAPlatformBeforeAColonIsTheWordsAfterIt() {
        assertThat(
                        speakers(
                                "The Golden Crown restaurant opened in May. “It was packed,” said"
                                        + " Mayor Ann Bell.\n\nThe restaurant posted on its"
                                        + " Instagram account Friday night: “We sold 3,100"
                                        + " dumplings today.”"))
                .containsExactly("Ann Bell", "Golden Crown");
    }

    @Test
    void theCoupleAreTheTwoNamedTogetherButNoOnePersonForAPronoun() {
        assertThat(
                        speakers(
                                "Singer Kelsey Arden and actor Marco Villanueva married on"
                                        + " Saturday in Italy.\n\n“We are thrilled,” the couple"
                                        + " said."))
                .containsExactly("Kelsey Arden and Marco Villanueva");
        assertThat(
                        speakers(
                                "Actress Kerry-Ann Blythe has revealed she and husband Connor"
                                        + " Doyle feared they would never become parents.\n\nThe"
                                        + " couple are now expecting their first child.\n\n"
                                        + "Speaking to OK! magazine, the 34-year-old said: ‘We’d"
                                        + " been told so many times it wasn’t going to happen.’"))
                .containsExactly("Kerry-Ann Blythe");
    }

    @Test
    void aKinRoleSetOffAfterAVerbIsNoAppositionToTheNameBeforeIt() {
        assertThat(
                        speakers(
                                "Jane Reed opened her restaurant in 2019. Tolu Banks works there"
                                        + " now.\n\nTolu is, her aunt says, “already bossing"
                                        + " everyone around”."))
                .containsExactly("her aunt");
    }

    @Test
    void aDaughterIntroducedByHerGivenNameIsTheSheWhoSpeaksNext() {
        assertThat(
                        speakers(
                                "Jean Walsh, 79, has lived in Marston for 50 years.\n\nMrs"
                                        + " Walsh's daughter, Karen, drove from Leeds to help."
                                        + " “Mum is tough,” she said."))
                .containsExactly("Karen");
        assertThat(
                        speakers(
                                "United striker Jamie Fox is a doubt.\n\nFox himself was more"
                                        + " upbeat. “I'll be fine,” the 24-year-old told the"
                                        + " club's website."))
                .containsExactly("Jamie Fox");
    }

    @Test
    void aRoleBeforeANationalityAndAnotherRoleIntroducesThePersonToo() {
        assertThat(
                        speakers(
                                "Former Chelsea midfielder Frank Lampard and veteran French"
                                        + " goalkeeper Hugo Lloris watched the game.\n\n“We"
                                        + " were poor,” the veteran said."))
                .containsExactly("Hugo Lloris");
    }

    @Test
    void anUnnamedSubjectAfterButIsWhomTheyStandsFor() {
        assertThat(
                        speakers(
                                "Jade Marrin split from Tyler Okoye last week.\n\nBut another"
                                        + " friend of Jade’s was less forgiving. ‘Everyone warned"
                                        + " her,’ they said."))
                .containsExactly("another friend of Jade’s");
        assertThat(
                        speakers(
                                "Jade Marrin split from Tyler Okoye last week.\n\nA source at"
                                        + " Harbour Records was less forgiving. ‘Everyone warned"
                                        + " her,’ they said."))
                .containsExactly("A source at Harbour Records");
    }

    @Test
    void aHeadlinesRoleWithAModifierAndNoArticleIsWhomTheBodyIntroducesSo() {
        assertThat(
                        speakers(
                                "Startup founder says AI tool will “change everything”\n\n"
                                        + "Lumen founder Priya Nair left Google in 2022. “We are"
                                        + " not replacing engineers,” Nair said."))
                .containsExactly("Priya Nair", "Priya Nair");
    }

    @Test
    void aSurnameDescribedAsSomeonesLawyerIsTheSpeakerNotTheClient() {
        assertThat(
                        speakers(
                                "Labour MP John Smith attended the hearing.\n\nOkafor, Smith’s"
                                        + " lawyer, said the plan was “dead in the water.”"))
                .containsExactly("Okafor");
    }

    @Test
    void oneAfterAGroupNamedSinceTheLastUnnamedSpeakerIsOneOfThatGroup() {
        assertThat(
                        speakers(
                                "Jake Reed has not commented, but his representative said he"
                                        + " “wishes Chloe nothing but the best”.\n\nFans rushed to"
                                        + " support the star. One wrote: “You deserve so much"
                                        + " better.” Another added: “Sending love.”"))
                .containsExactly("his representative", "One fan", "Another fan");
    }

    @Test
    void aWorkSomeoneOwnsIsNamedByTheCapitalsAfterItEvenWithAGivenName() {
        assertThat(
                        speakers(
                                "Love Island star Chloe Barnes has opened up.\n\nSpeaking on her"
                                        + " podcast Chloe Chats, the Essex native said: “I did not"
                                        + " see it coming.”"))
                .containsExactly("Chloe Barnes");
    }

    @Test
    void aRoleNoOneWasIntroducedInFollowsTheSpeakerNotANameAfterAPreposition() {
        assertThat(
                        speakers(
                                "Mourinho: ‘We were not good enough’\n\nJose Mourinho’s side lost"
                                        + " 2-0 at Frank Lampard’s Chelsea on Sunday. Goals came"
                                        + " from Willian and"
                                        + " Mason Mount.\n\n“In the first half we didn’t exist,”"
                                        + " the Spurs boss told Sky Sports.\n\nLampard was"
                                        + " delighted. “The players were fantastic,” said the"
                                        + " Chelsea manager."))
                .containsExactly("Jose Mourinho", "Jose Mourinho", "Frank Lampard");
    }

    @Test
    void theCompanyIsAOneWordFirmNamedTwiceWhenNoOrganisationWasRead() {
        assertThat(
                        speakers(
                                "Shares in Tesla fell 5% on Monday. Tesla’s sales in China"
                                        + " slumped, analyst Dan Ives said.\n\nThe company said"
                                        + " demand was “exceptionally strong.”"))
                .containsExactly("Tesla");
    }

    @Test
    void itReadAfterAStatementIsWhoeverIssuedTheStatement() {
        assertThat(
                        speakers(
                                "Buckingham Palace released a statement on behalf of the"
                                        + " King.\n\n“His Majesty is deeply saddened by the"
                                        + " news,” it read."))
                .containsExactly("Buckingham Palace");
        assertThat(
                        speakers(
                                "Mark Hollis released his own statement through the League"
                                        + " Managers Association shortly afterwards. “I’m"
                                        + " obviously disappointed,” it read."))
                .containsExactly("Mark Hollis");
    }

    @Test
    void aRolePhraseThatRepliesToAQuestionIsTheOneAskedNotTheAsker() {
        assertThat(
                        speakers(
                                "Theo Brannigan spoke on the podcast Table for Two, hosted by Renata"
                                        + " Solís.\n\n“It did sting,” Brannigan said.\n\nSolís"
                                        + " pushed back. “But have you said any of this to her?”"
                                        + " she asked.\n\n“I have. Twice. Once badly and once"
                                        + " well,” the Irish star replied with a laugh."))
                .containsExactly("Theo Brannigan", "Renata Solís", "Theo Brannigan");
    }

    @Test
    void aNativeOfAPlaceIsWhoeverSaidTheyWentThere() {
        assertThat(
                        speakers(
                                "Theo Brannigan spoke about the feud.\n\n“My dad was sick. I was"
                                        + " flying back to Cork every weekend,” Brannigan"
                                        + " said.\n\nShowrunner Jonah Feld was diplomatic."
                                        + " “Season one was hard on everybody,” Feld said.\n\nThe"
                                        + " Cork native said he hoped the talk would “put a full"
                                        + " stop” on it."))
                .containsExactly("Theo Brannigan", "Jonah Feld", "Theo Brannigan");
    }

    @Test
    void aRoleInCapitalsAfterTheIsARoleNotAName() {
        assertThat(
                        speakers(
                                "Labour MP John Smith attended the hearing on Tuesday.\n\nThe MP’s"
                                        + " message was clear: “The plan is dead.”"))
                .containsExactly("John Smith");
    }

    @Test
    void aCountryBeforeAnAmbassadorsNameIsNotPartOfIt() {
        assertThat(
                        speakers(
                                "The ambassador to Britain Lio Varenne spoke on Monday.\n\n"
                                        + "“We want calm,” Varenne said."))
                .containsExactly("Lio Varenne");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoGivenName() {
        assertThat(
                        speakers(
                                "Welcoming Dana Kell to the stage, the host smiled.\n\n"
                                        + "“I am glad to be here,” Kell said."))
                .containsExactly("Dana Kell");
    }

    @Test
    void heNeverPointsAtAGroupThatSpokeBefore() {
        assertThat(
                        speakers(
                                "Mayor Ivo Brandt opened the bridge. Harbour officials say it"
                                        + " cost more than planned.\n\n"
                                        + "“It was worth every penny,” he said."))
                .containsExactly("Ivo Brandt");
    }

    @Test
    void aPatientTheArticleNeverNamesIsNotTheDoctor() {
        assertThat(
                        speakers(
                                "Dr. Ivo Brandt treated the patient for a year.\n\n"
                                        + "“I slept most of the day,” the patient wrote."))
                .containsExactly("the patient");
    }

    @Test
    void anInsiderIsNotTheNameInsideTheQuotation() {
        assertThat(
                        speakers(
                                "“Marlo Finch is frustrated by the talks,” an insider told the"
                                        + " magazine."))
                .containsExactly("an insider");
    }

    @Test
    void anUnnamedPersonKeepsWhomTheySpeakFor() {
        assertThat(
                        speakers(
                                "Singer Cassidy Lane denied the claims.\n\n"
                                        + "“She has never met him,” a spokesperson for Northgate"
                                        + " Records said.\n\n"
                                        + "An officer at the hospital said he “saw nothing"
                                        + " unusual.”"))
                .containsExactly(
                        "a spokesperson for Northgate Records", "An officer at the hospital");
    }

    @Test
    void theInsiderIsTheSourceIntroducedBefore() {
        assertThat(
                        speakers(
                                "Singer Cassidy Lane married in May.\n\n"
                                        + "A source close to the couple told the magazine: “They"
                                        + " are happy.”\n\n"
                                        + "“They want quiet,” the insider added.\n\n"
                                        + "“We have the invoices,” a rep for Lane said.\n\n"
                                        + "“This is over,” the spokesperson said."))
                .containsExactly(
                        "A source close to the couple",
                        "A source close to the couple",
                        "a rep for Lane",
                        "a rep for Lane");
    }

    @Test
    void aHeadlineQuotationIsWhoeverSaysItInTheBody() {
        assertThat(
                        QuoteExtractorTest.extract(
                                        "‘It’s daylight robbery’: Shoppers fume as Hallam’s shrinks its"
                                                + " festive tin\n\n"
                                                + "Chief executive Tom Reid said the tin had to"
                                                + " shrink.\n\n"
                                                + "Kayleigh Dobbs, 34, from Leeds, said: “It’s daylight"
                                                + " robbery. I won’t buy it again.”",
                                        true)
                                .quotes()
                                .stream()
                                .map(Quote::speaker))
                .containsExactly("Kayleigh Dobbs", "Kayleigh Dobbs");
    }

    @Test
    void aHeadlineColonFrameGivesWayToTheSpeakerInTheBody() {
        assertThat(
                        QuoteExtractorTest.extract(
                                        "Glasshouse Animals: ‘We Had to Break the Band to Save"
                                                + " It’\n\n"
                                                + "Three years after walking off stage, the band"
                                                + " is back.\n\n"
                                                + "“We had to break the band to save it,” singer"
                                                + " Noor Haddad said.",
                                        true)
                                .quotes()
                                .stream()
                                .map(Quote::speaker))
                .containsExactly("Noor Haddad", "Noor Haddad");
    }

    @Test
    void aQuotationThatEndsItsSentenceKeepsTheFrameThatOpenedIt() {
        assertThat(
                        speakers(
                                "The Food and Drug Administration said the drug was “not"
                                        + " effective.” Tom Smith and Anna Jones disagreed."))
                .containsExactly("Food and Drug Administration");
    }

    @Test
    void anUnnamedAppositiveDescribesTheNameBeforeIt() {
        assertThat(
                        speakers(
                                "Omar Lamrani, a senior military analyst at Stratfor, the"
                                        + " Texas-based firm, told Business Insider that the"
                                        + " group was “fairly secular.”\n\n"
                                        + "In Brussels, a spokesperson for the European"
                                        + " Commission said the bloc was “ready to respond.”"))
                .containsExactly("Omar Lamrani", "a spokesperson for the European Commission");
    }

    @Test
    void aUserNameWithoutItsAtSignIsLowerCaseWithDigitsOrAnUnderscore() {
        assertThat(
                        Stream.of("elmo666", "jay_k", "@saltmarshsiren", "covid", "3pm", "mp3")
                                .filter(
                                        word ->
                                                SubjectReader.handle(
                                                        new io.storytrace.text.Tokenizer()
                                                                .tokenize(word, 0, word.length())
                                                                .getFirst())))
                .containsExactly("elmo666", "jay_k", "@saltmarshsiren");
    }

    @Test
    void anotherIsOneMoreOfTheUnnamedSpeakerBefore() {
        assertThat(
                        speakers(
                                "According to AFP, one user on Weibo, which is China’s version of"
                                        + " Twitter, posted: “How did they get here?”\n\n"
                                        + "Another reportedly said: “Next year is the year of the"
                                        + " rat.”\n\n"
                                        + "Another friend of Jade’s was less forgiving. ‘Everyone"
                                        + " warned her,’ they said."))
                .containsExactly(
                        "one user on Weibo", "Another user on Weibo", "Another friend of Jade’s");
    }

    @Test
    void anUnnamedSubjectOfTheSentenceSpeaksAPartialQuotation() {
        assertThat(
                        speakers(
                                "Morwenna Treloar wrote six novels.\n\n"
                                        + "Her second was shortlisted in 1979, but one London"
                                        + " reviewer dismissed her as ‘a regional writer with a"
                                        + " good ear.’"))
                .containsExactly("one London reviewer");
    }

    @Test
    void anUnnamedPredicateOrObjectIsNoSubject() {
        assertThat(
                        speakers(
                                "Vikram Sehgal spoke to NDTV on Monday.\n\n"
                                        + "Sehgal, who has been a vocal critic of the board, said"
                                        + " in the same interview that selectors must be"
                                        + " “answerable to the public.”"))
                .containsExactly("Vikram Sehgal");
    }

    @Test
    void aHandleApposedToAnotherIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Fans reacted online. One user wrote: “So sad.” Another,"
                                        + " @gigbuddy_pete, posted: “Feel for the crew.”"))
                .containsExactly("One user", "@gigbuddy_pete");
    }

    @Test
    void capitalsInsideAnUnnamedPersonDescribeThem() {
        assertThat(
                        speakers(
                                "“Don't hide things like this,” one Larkspur commenter said.\n\n"
                                        + "A Syrian refugee said the claim was “absolutely not"
                                        + " true.”"))
                .containsExactly("one Larkspur commenter", "A Syrian refugee");
    }

    @Test
    void aCapitalisedCommonWordIsNoSpeaker() {
        assertThat(
                        speakers(
                                "A study by the Centre for Harbour Research, a London-based"
                                        + " think tank, concluded that “the full cost falls on"
                                        + " buyers.”\n\n"
                                        + "Another reportedly said: “The tide is coming.”"))
                .doesNotContain("London-based", "Another");
    }

    @Test
    void aNameInsideQuotationMarksIsNoOneAPronounPointsAt() {
        assertThat(
                        speakers(
                                "Director Tom Vale waited for the right song.\n\n"
                                        + "At the last minute a demo came in called “No Place"
                                        + " Like Home”. “It grabbed me at once,” he said."))
                .containsExactly("Tom Vale");
    }

    @Test
    void aNameAfterTheSentencesOwnPronounIsAnObject() {
        assertThat(
                        speakers(
                                "Kate Moor spent years on the album.\n\n"
                                        + "Despite her fame, she was more nervous than Lila Dune"
                                        + " ever was. “It was terrifying,” she said."))
                .containsExactly("Kate Moor");
    }

    @Test
    void aSurnameThatIsAlsoAWordStillNamesItsPersonAtASentencesStart() {
        assertThat(
                        speakers(
                                "The witnesses were Tom Stone and Ray Young, who hired young"
                                        + " engineers.\n\n"
                                        + "“We need a big rocket,” Stone said.\n\n"
                                        + "Young, in his testimony, criticised what he called"
                                        + " “experiments” in procurement. “They must stop,” he"
                                        + " said."))
                .containsExactly("Tom Stone", "Ray Young", "Ray Young");
    }

    @Test
    void aGenerationalSuffixKeepsItsStop() {
        assertThat(
                        speakers(
                                "U.S. Attorney James Fenn Jr. brought the case.\n\n"
                                        + "“Threats are not speech,” Fenn said."))
                .containsExactly("James Fenn Jr.");
    }

    @Test
    void aSentenceOpeningWithARoleIsAboutThePersonBeforeNotTheNamesInIt() {
        assertThat(
                        speakers(
                                "Talks between the club and Rui Falcao's agents went on all"
                                        + " week.\n\n"
                                        + "The Portuguese coach had been out of work since being"
                                        + " sacked by Harbour Rangers in May.\n\n"
                                        + "The 56-year-old said: “I am excited to be here.”"))
                .containsExactly("Rui Falcao");
    }

    @Test
    void aWordCapitalisedOnlyToOpenASentenceSpeaksForNoOne() {
        assertThat(
                        speakers(
                                "Negotiations intensified, with talks continuing into the"
                                        + " night, said the report.\n\n"
                                        + "“It is done,” he said."))
                .containsExactly("null");
    }

    @Test
    void anAdverbBetweenAPronounAndItsVerbIsSkipped() {
        assertThat(
                        speakers(
                                "Ravi Sand met Colm Ostry in May.\n\n"
                                        + "He instead told the interviewer: “I had to see him.”"))
                .containsExactly("Ravi Sand");
    }

    @Test
    void aRoleAndNameAfterTheVerbAreItsObjectNotWhereTheSubjectWorks() {
        assertThat(
                        speakers(
                                "Paige Holloway singled out director Roland Esterhaus, describing"
                                        + " him as \"a brilliant man.\" Halford Town defender"
                                        + " Jamie Cole said: \"We were poor.\""))
                .containsExactly("Paige Holloway", "Jamie Cole");
    }

    @Test
    void aNicknameBetweenTheNamesAfterAQuotationIsPartOfTheSpeakersName() {
        assertThat(
                        speakers(
                                "The Kobalt Wolves won the final. “We were dead,” Lukas “Fenrir”"
                                        + " Brandstätter said.\n\n\"I told you so,\" Tom 'The Hammer'"
                                        + " Hale told reporters."))
                .containsExactly("Lukas Brandstätter", "Tom Hale");
    }

    @Test
    void aLabelACoalitionOrTheFirstSourceSpeaksAfterItsQuotation() {
        assertThat(
                        speakers(
                                "Big Machine Records objected. “We never agreed,” the label said."
                                        + "\n\nThe Coalition for Open Apps sued the state. The"
                                        + " coalition countered that adults would hand over IDs"
                                        + " “simply to download a podcast app.”\n\n“They’re heading"
                                        + " to Italy,” the first source tells Us."))
                .containsExactly(
                        "Big Machine Records", "Coalition for Open Apps", "the first source");
    }

    @Test
    void aRepresentativeIsTheLawmakerHerPartyNamesAfterwards() {
        assertThat(
                        speakers(
                                "Rep. Tasha Reid voted no. “We never gave up,” the New York Democrat"
                                        + " said."))
                .containsExactly("Tasha Reid");
    }

    @Test
    void aKingAPopeOrAPrinceIsTheOneTheTitleNamedBefore() {
        assertThat(
                        speakers(
                                "Royal visit\n\nPrince William met reporters on Monday. “We will not"
                                        + " retreat,” the prince said.\n\nPope Leo spoke later."
                                        + " “Peace is possible,” said the pope.\n\nSultan Ibrahim"
                                        + " agreed. “We stand together,” the sultan said."))
                .containsExactly("William", "Leo", "Ibrahim");
    }

    @Test
    void aSubjectPhraseStopsAtAClauseOpening() {
        assertThat(
                        speakers(
                                "Pub row\n\nThey were both slurring their words when we overheard"
                                        + " the girl say, \"I'm not single, but so what?\"\n\nPolice"
                                        + " arrived at about 2:10 a.m. after a 911 caller reported"
                                        + " “a man with a gun walking around the lot.”"))
                .containsExactly("the girl", "a 911 caller");
    }

    @Test
    void aRoleIsNotAnUnnamedSpeakerOfAnotherRoleWhoOpenedASentence() {
        assertThat(
                        speakers(
                                "Library closes\n\nThe council voted to close the branch.\n\nA"
                                        + " local teacher said: \"It is a loss for the"
                                        + " children.\"\n\nThe mayor said: \"We will reopen it.\""))
                .containsExactly("A local teacher", "The mayor");
    }

    @Test
    void theStarIsNotTheCoStarBesideHerLongAfterSheWasNamed() {
        assertThat(
                        speakers(
                                "Soap split\n\nHarbour Road star Kayleigh Dunmore, 34, has split"
                                        + " from her fiancé.\n\n"
                                        + "The wedding had been booked. ".repeat(17)
                                        + "\n\nHer co-star Lacey Wren-Holloway"
                                        + " wrote: ‘Proudest sister ever.’\n\nFans rallied round."
                                        + " One fan wrote: ‘He’ll regret this.’ Another fan added:"
                                        + " ‘Good riddance.’\n\nThe star told OK!: ‘I’m not"
                                        + " bitter.’"))
                .containsExactly(
                        "Lacey Wren-Holloway", "One fan", "Another fan", "Kayleigh Dunmore");
    }

    @Test
    void aParticipleOpeningASentenceIsNoName() {
        assertThat(
                        speakers(
                                "Cheating\n\nHaving found cheap eyelashes, texts and lip-glosses"
                                        + " in my ex’s things, it didn’t take a genius to work out"
                                        + " what he’d been up to.\n\n“He tried to strangle me,”"
                                        + " he said."))
                .containsExactly("null");
    }

    @Test
    void theWriterOfAnInterviewAsksAndTheWritersSpeakAsWe() {
        assertThat(
                        speakers(
                                "On leaving the pass\n\nInterview by Harriet Lomax |"
                                        + " Photographs by Daniel Okwu-Harding\n\nInes Byrne"
                                        + " arrives early.\n\n‘Do you miss it?’ I ask.\n\n‘Every"
                                        + " night,’ she says.\n\nThe waiter asked where we were"
                                        + " from. We said: “California.”"))
                .containsExactly("Harriet Lomax", "Ines Byrne", "we");
    }

    @Test
    void theWritersOwnRelativeOpeningASentenceIsWhomTheNextPronounMeans() {
        assertThat(
                        speakers(
                                "Road trip\n\nThe waitress brought coffee and asked where we"
                                        + " were headed. She said: “That's a long way.”\n\nLater"
                                        + " my mother called. She was worried about the weather."
                                        + " She said: “Promise me you'll stop.”\n\nKayleigh Dunmore"
                                        + " sat down. She said: ‘I didn't see it coming. My mum had"
                                        + " bought a hat.\n\n‘It was over in ten minutes.’ She"
                                        + " laughed. She said: ‘I cried for a week.’"))
                .containsExactly(
                        "The waitress", "my mother", "Kayleigh Dunmore", "Kayleigh Dunmore");
    }

    @Test
    void aPronounGoesToTheUnnamedPersonOfItsGenderNotSomeoneOfTheOther() {
        List<Quote> quotes =
                QuoteExtractorTest.quotes(
                        "Notes from the road\n\nWe met a woman selling mangoes by the road. She"
                                + " said: \"Ten for a dollar.\"\n\nThe old man at the counter"
                                + " looked up. He said: \"You're late.\" He said: \"Passports.\"");
        assertThat(quotes)
                .extracting(Quote::text)
                .containsExactly("Ten for a dollar.", "You're late.", "Passports.");
        assertThat(quotes)
                .extracting(Quote::speaker)
                .containsExactly("a woman", "The old man", "The old man");
    }

    @Test
    void someoneWhoAsksInsideAnotherPersonsReportIsNotTheNextSpeaker() {
        assertThat(
                        speakers(
                                "Fraud warning\n\nThe victim's son said the family only learnt of"
                                        + " the fraud when his father asked him for a loan. \"My"
                                        + " father is a careful man,\" he said."))
                .containsExactly("The victim's son");
    }

    @Test
    void aLinkedHeadlineWithNoNameGivesItsQuotationToTheWordsBeforeItsVerb() {
        assertThat(
                        speakers(
                                "Memoir row\n\nNadia Frost has published a memoir. “I wrote what"
                                        + " happened,” she said.\n\nMORE: Daytime presenter admits"
                                        + " 'I didn't speak to my sister for ten years'\n\nREAD MORE:"
                                        + " ‘We're terrified to go out’: Residents speak out after"
                                        + " robberies"))
                .containsExactly("Nadia Frost", "Daytime presenter", "Residents");
    }

    @Test
    void aVoiceOrASongThatSpeaksIsItsOwnSpeaker() {
        assertThat(
                        speakers(
                                "Swatting\n\nFran Finney said the call came from a dispatch"
                                        + " operator. “Are you OK?” the voice asked.\n\nThe film"
                                        + " opens with a party. “Who cares what I look like?” the"
                                        + " song asks.\n\nI had a voice in my head that said, every"
                                        + " morning, “Get up.”"))
                .containsExactly("the voice", "the song", "a voice in my head");
    }

    @Test
    void whoeverIsToldSomethingIsNotTheOneWhoSaysIt() {
        assertThat(
                        speakers(
                                "Imani Brooks\n\nImani Brooks will publish a picture book about a"
                                        + " girl who is told she is “too loud” for her school team."
                                        + "\n\n“OK, it’s a little bit autobiographical,” she says."))
                .containsExactly("Imani Brooks", "Imani Brooks");
    }

    @Test
    void theAgentAfterAPassiveNamingIsWhoSaidIt() {
        assertThat(
                        speakers(
                                "Whales\n\nJamie Werner watched the rescue. The strandings have"
                                        + " been described as “heartbreaking” by the Department of"
                                        + " Conservation.\n\nAnnegret Vollmer has been called “the"
                                        + " most hated woman in the countryside” by the president of"
                                        + " the farmers’ association, Bernd Kessler."))
                .containsExactly("Department of Conservation", "Bernd Kessler");
    }

    @Test
    void aCueWordAfterAnArticleIsANounNotTheVerb() {
        assertThat(
                        speakers(
                                "Water\n\nState Investment, Trade and Consumer Affairs committee"
                                        + " chairman Datuk Normala Jaafar told Bernama that the"
                                        + " state had “long been concerned” about the strain."))
                .containsExactly("Normala Jaafar");
    }

    @Test
    void whoeverSignedTheStatementIsNotItsSpeaker() {
        assertThat(
                        speakers(
                                "Fuel\n\nThe Lagos Fuel Retailers Association has raised the"
                                        + " alarm.\n\nThe association, in a statement signed by its"
                                        + " publicity secretary, Mr Ifeanyi Obi, on Thursday, said"
                                        + " its members could no longer “sell at a loss” while"
                                        + " prices rose."))
                .containsExactly("Lagos Fuel Retailers Association");
    }

    @Test
    void anOfficeWrittenBeforeANameIsThePersonItNamesLater() {
        assertThat(
                        speakers(
                                "Trolleys\n\nMinister of State at the Department of Health Niamh"
                                        + " Corrigan said she would visit the hospital.\n\n\"It is"
                                        + " not acceptable,\" said the Minister of State."))
                .containsExactly("Niamh Corrigan");
        assertThat(
                        speakers(
                                "Trolleys\n\nReporters asked the Minister of State whether Tom"
                                        + " Hale would resign.\n\n\"No,\" said the Minister of"
                                        + " State."))
                .containsExactly("the Minister of State");
    }

    @Test
    void aPossessivePronounAfterANounStartsTheSpeakersPhrase() {
        assertThat(
                        speakers(
                                "Cook\n\nCarys Teague became a restaurant critic – a career"
                                        + " choice her mother admitted she found “terrifying”."))
                .containsExactly("her mother");
        assertThat(
                        speakers(
                                "Crash\n\nJo Hale, who lost his son in the crash, said the road"
                                        + " was “a death trap”. A neighbour who watched her"
                                        + " daughter cross it every day said it was “far too"
                                        + " fast”."))
                .containsExactly("Jo Hale", "A neighbour");
    }

    @Test
    void anOrganisationsNameRunsOnThroughOfThe() {
        assertThat(
                        speakers(
                                "Raids\n\nIn a statement, the National Authority for the Campaign"
                                        + " Against Alcohol and Drug Abuse said it had sent a team."
                                        + "\n\n\"Some of the samples were fake,\" the authority"
                                        + " said.\n\nPenrose & Vale filed for bankruptcy. It listed"
                                        + " its debts with the U.S. Bankruptcy Court for the District"
                                        + " of Delaware. The company said it had been \"unable to"
                                        + " overcome\" its debts."))
                .containsExactly(
                        "National Authority for the Campaign Against Alcohol and Drug Abuse",
                        "Penrose & Vale");
    }

    @Test
    void twoQuotationsOfOneAnswerAreOneTurnOfTheExchange() {
        assertThat(
                        speakers(
                                "Blowout\n\nCoach Denise Parr was frustrated.\n\n“Was that the"
                                        + " worst half you've seen?” a reporter asked.\n\n“Top"
                                        + " three,” Parr said. “Maybe top two.”\n\n“What did you"
                                        + " tell them at halftime?”\n\n“Nothing I can repeat"
                                        + " here.”"))
                .containsExactly(
                        "a reporter", "Denise Parr", "Denise Parr", "a reporter", "Denise Parr");
        assertThat(
                        speakers(
                                "Standoff\n\n“Officers responded to a report of a person on the"
                                        + " roof.\n\n“He came down on his own,” Police Chief Marcus"
                                        + " Webb said.\n\n“Was he armed?” a reporter asked.\n\n“He"
                                        + " was not.”"))
                .containsExactly("Marcus Webb", "a reporter", "Marcus Webb");
        assertThat(
                        speakers(
                                "Pancakes\n\n“I'm not ruling anything out,” Walter Hendry said.\n\n"
                                        + "Host Carla Dunning pressed him. “You've been to New"
                                        + " Hampshire three times.”\n\n“They have great pancakes"
                                        + " there,” the governor replied.\n\n“Governor.”"))
                .containsExactly(
                        "Walter Hendry", "Carla Dunning", "Walter Hendry", "Carla Dunning");
    }

    @Test
    void aQuestionAfterAnAnswerIsTheAskersFollowUp() {
        assertThat(
                        speakers(
                                "Prices\n\n“We see people trading down,” Harold Vance said on"
                                        + " CNBC.\n\nCo-anchor Rebecca Lund asked whether tariffs"
                                        + " would raise prices. “Some prices will go up,” he said."
                                        + "\n\n“Like what?”\n\n“Milk, bread, diapers.”"))
                .containsExactly("Harold Vance", "Harold Vance", "Rebecca Lund", "Harold Vance");
    }

    @Test
    void theFamilyOfSomeoneSpeaksForThemselves() {
        assertThat(
                        speakers(
                                "Tribute\n\nRhys Morgan, 33, was struck on Friday.\n\nThe family"
                                        + " of a man who died after being hit by a car in"
                                        + " Cardiff have"
                                        + " described him as a “gentle giant” who would help"
                                        + " anyone."))
                .containsExactly("The family");
    }

    @Test
    void theLedesRoleIsThePersonTheNextSentenceNamesAfterItsOpening() {
        assertThat(
                        speakers(
                                "Bonus\n\nThe chief executive of Southern Vale Water has defended"
                                        + " his £1.2m bonus, telling MPs the payment reflected “the"
                                        + " market rate”.\n\nAppearing before the committee,"
                                        + " Richard Hale said the company had cut leaks."))
                .containsExactly("Richard Hale");
    }

    @Test
    void theClubIsTheTeamTheStoryOpensOn() {
        assertThat(
                        speakers(
                                "Sacked\n\nMiddlesbrough have sacked manager Andy Ferris after"
                                        + " a losing run in League One.\n\n“The club would like to"
                                        + " thank Andy,” the club said in a statement."))
                .containsExactly("Middlesbrough");
        assertThat(
                        speakers(
                                "Trade\n\nCharlotte Hornets guard Andre Mills has requested a"
                                        + " trade.\n\n“We are aware of the request,” the team"
                                        + " said."))
                .containsExactly("Charlotte Hornets");
    }

    @Test
    void aRoleIsTheNameOfWhomItsHolderHasSinceBecome() {
        assertThat(
                        speakers(
                                "Obituary\n\nHelen Marchbank has died at 91.\n\n“She would send"
                                        + " your thesis back with more red ink than black,” says the"
                                        + " student, now Professor Anil Rao of the University of"
                                        + " Southampton."))
                .containsExactly("Anil Rao");
    }

    @Test
    void aPluralNameAfterTheIsNoPerson() {
        assertThat(
                        speakers(
                                "Red carpet\n\nOlivia Stanhope isn’t hiding anything.\n\nThe"
                                        + " 30-year-old actress arrived at the Golden Globes on"
                                        + " Sunday.\n\n“Slow down!” the actress laughed."))
                .containsExactly("Olivia Stanhope");
    }

    @Test
    void aRolesCapitalisedModifierFindsWhoWasWrittenAfterIt() {
        assertThat(
                        speakers(
                                "Split\n\nLOVE Island star Chloe Barnes has broken her silence"
                                        + " after her split from footballer Jordan Reeve.\n\nReeve,"
                                        + " 30, is yet to comment, but a source close to the"
                                        + " defender told The Sun: ‘Jordan is gutted.’\n\nThe"
                                        + " former Love Island contestant later added: ‘Please be"
                                        + " kind.’"))
                .containsExactly("a source close to the defender", "Chloe Barnes");
    }

    @Test
    void theIOfAnAnswerIsTheOneInterviewed() {
        assertThat(
                        speakers(
                                "Founder Q&A: Ruth Abernathy on turning down a buyer\n\nBy Gregory"
                                        + " Tan\n\nRuth Abernathy runs Furrow Labs.\n\nQ: Who"
                                        + " argues more?\n\nA: My co-founder said, \"Stop selling"
                                        + " features,\" and I said, \"Then build faster.\""))
                .containsExactly("My co-founder", "Ruth Abernathy");
    }

    @Test
    void aCandidatesCampaignSpeaksAsTheCampaign() {
        assertThat(
                        speakers(
                                "Recount\n\nDale Pruitt Jr. lost the race.\n\n“I will not attack"
                                        + " a judge,” Pruitt said.\n\nThe campaign, Pruitt for"
                                        + " Wisconsin, said in a statement that it would appeal."
                                        + "\n\n“We will ask the Court of Appeals to act.”"))
                .containsExactly("Dale Pruitt Jr.", "Pruitt for Wisconsin");
    }

    @Test
    void aCountrysMinistryIsNotTheLastOrganisationNamed() {
        assertThat(
                        speakers(
                                "Talks\n\nThe United Nations said the talks would resume.\n\n"
                                        + "Rwanda's foreign ministry, for its part, said its"
                                        + " delegation had “engaged constructively”."))
                .containsExactly("Rwanda's foreign ministry");
    }

    @Test
    void aNameACrowdGivesIsNoOnesWords() {
        assertThat(
                        QuoteExtractorTest.quotes(
                                "Arrest\n\nThe actor, long called “Captain Grant” by fans of the"
                                        + " show, was held. Marsh was once branded “Hollywood's bad"
                                        + " boy” by the tabloids."))
                .isEmpty();
    }

    @Test
    void anOfficeAfterATitleIsNoName() {
        assertThat(
                        speakers(
                                "GCSEs\n\nMichael Gove was education secretary until the summer."
                                        + " Before stepping aside to become Chief Whip he set in"
                                        + " train an overhaul which he said would address “the"
                                        + " damage caused by grade inflation”."))
                .containsExactly("Michael Gove");
    }

    @Test
    void aPhraseOfTimeAfterAnUnnamedSpeakerIsNotPartOfWhoTheyAre() {
        assertThat(
                        speakers(
                                "Warming\n\nA paper in Nature in October argued that we should"
                                        + " instead measure various “vital signs,” like extreme"
                                        + " events.\n\nA spokesman last week said: “We disagree.”"
                                        + " On Tuesday a representative for Jasmine Oyelaran said:"
                                        + " “She has nothing to hide.”"))
                .containsExactly(
                        "A paper in Nature",
                        "A spokesman",
                        "a representative for Jasmine Oyelaran");
    }

    @Test
    void anOrganisationThatJustSpokeIsTheAgencyEvenWithAnotherNamedSince() {
        assertThat(
                        speakers(
                                "Mayor charged\n\nThe FBI said in a statement that the"
                                        + " investigation began after a city employee raised"
                                        + " concerns with the agency’s Pittsburgh field office."
                                        + " “Public corruption remains a top priority,” the agency"
                                        + " said."))
                .containsExactly("FBI");
    }

    @Test
    void aWordOpeningASentenceIsANameWhenADescriptionBetweenCommasLeadsToItsCue() {
        assertThat(
                        speakers(
                                "Flights\n\nLars-Erik Brenna apologised. “I am not going to"
                                        + " hide,” he said.\n\nForbrukerrådet, the Norwegian"
                                        + " Consumer Council, said the pledge was “worth very little"
                                        + " at 3am on a terminal floor.”"))
                .containsExactly("Lars-Erik Brenna", "Forbrukerrådet");
    }

    @Test
    void aHeadlinesRoleWithNoArticleIsTheOneWhoSpeaks() {
        assertThat(
                        speakers(
                                "Reserve Bank holds cash rate at 4.10 per cent as governor warns"
                                        + " inflation ‘job is not done’\n\nThe Reserve Bank of"
                                        + " Australia held rates. Governor Fiona Castellano said the"
                                        + " board was alert."))
                .containsExactly("Fiona Castellano");
    }

    @Test
    void thePersonNamedAfterAnOfficeOfAPlaceIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Bridge\n\nThe Baale of Ilase-Ijebu, Chief Musiliu Adekunle"
                                        + " Odunsi, told our correspondent that the situation had"
                                        + " become unbearable.\n\nHe said, \"We have been living"
                                        + " like people on an island.\""))
                .containsExactly("Musiliu Adekunle Odunsi");
    }

    @Test
    void anOfficeOfStateBeforeANameIsNoPersonCalledMinister() {
        assertThat(
                        speakers(
                                "Trolleys\n\nMinister of State Niamh Corrigan said she would"
                                        + " visit the ward.\n\n\"We will fix it,\" the minister"
                                        + " said."))
                .containsExactly("Niamh Corrigan");
    }

    @Test
    void someoneDescribedIsNoOrganisation() {
        assertThat(
                        speakers(
                                "Villa row\n\nOn Tuesday, a representative for Jasmine Oyelaran"
                                        + " told People she has “nothing to hide.” Flare, the streamer that airs"
                                        + " the show, addressed the uproar.\n\n“We capture real"
                                        + " relationships,” the network said."))
                .containsExactly("a representative for Jasmine Oyelaran", "the network");
    }

    @Test
    void aPhotoCreditIsNoOneWhoSpeaks() {
        assertThat(
                        speakers(
                                "© Provided by Business Insider Inc Nintendo and Apple shocked the"
                                        + " world by announcing \"Super Mario Run,\" the company's"
                                        + " first mobile game."))
                .doesNotContain("Provided");
    }

    @Test
    void aSheWhomNoOneFitsIsNotOneOfTheWriters() {
        assertThat(
                        speakers(
                                "Notes from the road\n\nWe reached the motel at midnight and asked"
                                        + " the clerk for a room. We said: \"Just one night.\" She"
                                        + " said: \"Cash only.\""))
                .containsExactly("we", "null");
    }

    @Test
    void aProfilesSheReturnsToItsSubjectOnceTheStoryMovesOnFromSomeoneIntroducedThroughHer() {
        String story =
                "Imani Brooks\n\nImani Brooks is the league's most outspoken guard. Brooks grew up"
                        + " in Ohio. Brooks's path to the league ran through Ohio State, where her"
                        + " college coach, Karen Ashby, remembers her well.\n\n“She would come into"
                        + " my office and tell me what I'd done wrong,” Ashby says.\n\n";
        assertThat(
                        speakers(
                                story
                                        + "The night she nearly quit came in her second season."
                                        + "\n\n“I sat in my car for two hours,” she says."))
                .containsExactly("Karen Ashby", "Imani Brooks");
        assertThat(speakers(story + "“At 19!” she says."))
                .containsExactly("Karen Ashby", "Karen Ashby");
        assertThat(
                        speakers(
                                story
                                        + "Ashby had the last word, and she was unbothered.\n\n“I"
                                        + " coached her hard,” she says."))
                .containsExactly("Karen Ashby", "Karen Ashby");
    }

    @Test
    void someoneUnnamedAtAnOutletSpeaksForItOnlyAsItsSpokesperson() {
        assertThat(
                        speakers(
                                "Television cook Bronwen Teague has revealed that early in her"
                                        + " career a BBC executive told her to “lose the accent”."
                                        + "\n\nLater a BBC spokesperson said: “We do not comment"
                                        + " on individual cases.”"))
                .containsExactly("a BBC executive", "BBC");
        assertThat(
                        speakers(
                                "Bronwen Teague has revealed that in 1990 a producer told her"
                                        + " to “lose the accent”."))
                .containsExactly("a producer");
    }

    @Test
    void aHeadlineEchoesTheOpeningsSpeakerAsTheWordsFurtherDownNameHer() {
        assertThat(
                        speakers(
                                "Mother of 17-year-old says son was ‘not a statistic’\n\nThe"
                                        + " mother of a 17-year-old boy who was stabbed to death in"
                                        + " north London has said her son was “not a statistic”."
                                        + "\n\nIn a statement, his mother, Abena Mensah, said: “My"
                                        + " son was not a statistic.”"))
                .containsExactly("Abena Mensah", "Abena Mensah", "Abena Mensah");
    }

    @Test
    void aHeadlinesPlaceAndRoleAfterItsCueAreTheRolesHolder() {
        assertThat(
                        withBasis(
                                "‘This text is not good enough,’ warns Fiji ambassador\n\n"
                                        + "Ambassador Mereani Tuilagi of Fiji has responded to the"
                                        + " draft. “This text is not good enough,” she said.",
                                true))
                .containsExactly("Mereani Tuilagi (REFERENCE)", "Mereani Tuilagi (REFERENCE)");
    }

    @Test
    void aNameAfterAPrepositionInTheAppositiveIsWhereTheSpeakerIsNotWho() {
        assertThat(
                        speakers(
                                "Riders walked. “I left the house at 7,” said one rider, a nurse"
                                        + " headed to Boston Medical Center who declined to give"
                                        + " her name.\n\n“What went through your mind?” asked the"
                                        + " interviewer, former champion Renée Castellane."))
                .containsExactly("one rider", "Renée Castellane");
    }

    @Test
    void anOfficeIsItsHolderNotALeaderWhoSpokeSince() {
        String floods =
                "Floods\n\nPremier Alistair Mackenzie-Brown toured the showground. The frustration"
                        + " was echoed by Opposition Leader Karen Whitfield. “This community was"
                        + " promised the levee,” Ms Whitfield told 2GB.\n\n";
        assertThat(speakers(floods + "The Premier said: “This is not the day for politics.”"))
                .containsExactly("Karen Whitfield", "Alistair Mackenzie-Brown");
        String far =
                floods.replace(
                        "\n\nPremier",
                        "\n\nPremier Alistair Mackenzie-Brown, visiting on Thursday, said the"
                                + " next day would be “critical”. Crews worked overnight. Roads"
                                + " closed. Schools shut. Power failed. Rain fell again. The"
                                + " river rose. Residents left. Police patrolled. Shops shut."
                                + "\n\nThe Premier");
        assertThat(speakers(far + "The Premier said: “This is not the day for politics.”"))
                .containsExactly(
                        "Alistair Mackenzie-Brown", "Karen Whitfield", "Alistair Mackenzie-Brown");
    }

    @Test
    void aWatchdogIsNotTheBodyItWatches() {
        assertThat(
                        speakers(
                                "Kingsmoor Police apologised on Monday. The police watchdog, which"
                                        + " investigated the crash, said the force’s policy was"
                                        + " ‘not sufficiently clear’."))
                .containsExactly("The police watchdog");
    }

    @Test
    void aPartyAndAnOfficeInInitialsAreAMemberNotAName() {
        assertThat(
                        speakers(
                                "A Conservative MP has apologised, saying it had been “a clumsy"
                                        + " attempt”.\n\nIn the post, Richard Haverley, the MP"
                                        + " for Wyre Valley, wrote: “Perhaps not.”\n\nThe DA’s"
                                        + " spokesperson, Werner Botha-Naidoo MP, said it was “a"
                                        + " fairy tale”."))
                .containsExactly("Richard Haverley", "Richard Haverley", "Werner Botha-Naidoo");
    }

    @Test
    void aVerdictCalledOnceAndAClauseReportedAreQuotationsNotTerms() {
        assertThat(
                        speakers(
                                "Pay row\n\nProxy adviser Pendle Governance had urged investors to"
                                        + " vote against the package, calling it “misaligned with"
                                        + " shareholder experience”. Locals call the square “the"
                                        + " Pit”.\n\nPage Six reported that Mbeki has been"
                                        + " “spending most weekends” at her mother’s home."))
                .containsExactly("Pendle Governance", "Page Six");
    }

    @Test
    void aCompoundRoleIsWhoeverItIntroducedNotAnotherOfItsNoun() {
        assertThat(
                        speakers(
                                "Tariffs\n\nAt the briefing, press secretary Janelle Okonkwo-Price"
                                        + " said the president “welcomes debate”.\n\nTreasury"
                                        + " Secretary Howard Fenwick had warned of retaliation."
                                        + " Asked whether Fenwick’s job was secure, the press"
                                        + " secretary dismissed the question as “palace"
                                        + " intrigue”."))
                .containsExactly("Janelle Okonkwo-Price", "Janelle Okonkwo-Price");
    }

    @Test
    void whomAQuestionAsksAboutDoesNotAnswerIt() {
        String story =
                "Reunion\n\nImogen Takeda and Paige Holloway starred in the film. “I remember a"
                        + " lot of laughing,” Takeda said.\n\nAsked whether Holloway had replied,";
        assertThat(speakers(story + " the actor smiled. “She sent back a heart.”"))
                .containsExactly("Imogen Takeda", "Imogen Takeda");
        assertThat(speakers(story + " she smiled. “She sent back a heart.”"))
                .containsExactly("Imogen Takeda", "Imogen Takeda");
    }

    @Test
    void aTimeInThePossessiveDeterminesTheSubjectAfterIt() {
        assertThat(
                        speakers(
                                "Floods\n\n“It is slow,” Mayor Rob Fennessy said.\n\nLast year’s"
                                        + " independent flood inquiry described the buyback process"
                                        + " as “too slow, too complex and too opaque”."))
                .containsExactly("Rob Fennessy", "Last year’s independent flood inquiry");
    }

    @Test
    void concernExpressedIsTheWordsOfABodyWithAnApostropheInItsName() {
        assertThat(
                        speakers(
                                "Cricket row\n\n“Let them send the notice,” Rashid Alvi said."
                                        + "\n\nMeanwhile, the Pakistan Professional Cricketers’"
                                        + " Association waded into the row, expressing “serious"
                                        + " concern” over delays."))
                .containsExactly("Rashid Alvi", "Pakistan Professional Cricketers’ Association");
    }

    @Test
    void aTrollIsSomeoneTheStoryDoesNotName() {
        assertThat(
                        speakers(
                                "Abuse\n\nKayla Brennan shared screenshots of messages she has"
                                        + " received.\n\nOne troll wrote: ‘Hope your kids are"
                                        + " proud.’"))
                .containsExactly("One troll");
    }

    @Test
    void aNamesOfficeSaysWhatItSaysOfHim() {
        assertThat(
                        speakers(
                                "Probe\n\nSenator Harry Reid was named in the documents. Reid's"
                                        + " office has dismissed the connections, saying that Reid"
                                        + " “has never been contacted.”"))
                .containsExactly("Reid's office");
    }

    @Test
    void aPostItReadIsWhoeverSharedItNotWhoseGirlfriendShared() {
        assertThat(
                        speakers(
                                "Row\n\nGareth's girlfriend, fitness coach Bryony Hale, 36,"
                                        + " appeared to wade into the row, sharing a cryptic post"
                                        + " on her Instagram Stories.\n\nIt read: \"Funny how some"
                                        + " people only remember the chapters that suit them.\""))
                .containsExactly("Bryony Hale");
    }

    @Test
    void aDocumentDescribedBeforeItsNounIsReadWhole() {
        assertThat(
                        speakers(
                                "Ana Ruiz runs the clinic. The virus was \"spreading fast,\""
                                        + " according to a new government report."))
                .containsExactly("a new government report");
    }

    @Test
    void theSentenceAfterALoneQuotationMayGiveItToWhoeverItNames() {
        assertThat(
                        speakers(
                                "Tom Hale drove.\n\n“We were lucky.” So says Ana Ruiz, who"
                                        + " survived.\n\n“It was the brakes.” That’s according to"
                                        + " Mia Cole, an engineer.\n\n“Nobody listened.” That was"
                                        + " the verdict of Jo Pike.\n\nKai Moss was there. “It was"
                                        + " chaos.” Lea Dunn remembers the smell of smoke."))
                .containsExactly("Ana Ruiz", "Mia Cole", "Jo Pike", "Kai Moss");
    }

    @Test
    void companiesSpeakingTogetherAreTheOnesNamedTogether() {
        assertThat(
                        speakers(
                                "Deal\n\nNorthwind Systems Inc. and Brightpath Software Ltd."
                                        + " agreed to combine. “We are stronger together,” the two"
                                        + " companies said."))
                .containsExactly("Northwind Systems Inc. and Brightpath Software Ltd.");
        assertThat(
                        speakers(
                                "Deal\n\nKestrel Holdings Corp. agreed to buy Aldgate Foods plc"
                                        + " on Monday. Officials at the Harwell Ministry of Trade"
                                        + " were surprised. The deal creates “a European leader,”"
                                        + " the companies said."))
                .containsExactly("Kestrel Holdings Corp. and Aldgate Foods plc");
    }

    @Test
    void companiesAreNoListWhenTheCountDiffers() {
        assertThat(
                        speakers(
                                "Deal\n\nNorthwind Systems Inc. and Brightpath Software Ltd."
                                        + " agreed to combine. Kestrel Holdings Corp. bid too. “We"
                                        + " are stronger together,” the two companies said."))
                .containsExactly("two companies");
    }

    @Test
    void aPostOnSocialMediaBeforeAColonIsThePosters() {
        assertThat(
                        speakers(
                                "Water\n\nOperations director Helen Pryce said: “Bottled water"
                                        + " is available.”\n\nOne resident posted on social media:"
                                        + " “Third time this year. Unacceptable.”"))
                .containsExactly("Helen Pryce", "One resident");
    }

    @Test
    void aRoleNounTheListsLackAfterCapitalsIsStillAPersonsRole() {
        assertThat(
                        speakers(
                                "Series\n\nTom Vole scored 120 on Monday. “I am very happy with"
                                        + " the way I batted,” said the Kestland opener."))
                .containsExactly("Tom Vole");
        assertThat(
                        speakers(
                                "Trial\n\nValmont Pharmaceuticals AG said its drug worked. “These"
                                        + " results are strong,” the Swiss drugmaker said."))
                .containsExactly("Valmont Pharmaceuticals AG");
    }

    @Test
    void aCueRunningIntoTheNextQuotationAfterACommaIntroducesIt() {
        assertThat(
                        speakers(
                                "Band\n\n“I will be honest,” said Dale Pimm. “Our company has"
                                        + " become huge.” Tom Vole added, “It is not that we do"
                                        + " not want to.”"))
                .containsExactly("Dale Pimm", "Dale Pimm", "Tom Vole");
        assertThat(
                        speakers(
                                "Emails\n\n“Remind me, did we not use it first?” Ana Ruiz writes"
                                        + " to Tom Hale. He responds, “Yes, but happy to give it"
                                        + " to them.”"))
                .startsWith("Ana Ruiz");
    }

    @Test
    void aGivenNameAfterAWordDescribingThePersonIsTheirFullName() {
        assertThat(
                        speakers(
                                "Baby news\n\nAnn Vole is expecting a baby with Tom Swash. Also"
                                        + " appearing on the show, former Ranger Tom, 37, said:"
                                        + " “It is brilliant.”"))
                .containsExactly("Tom Swash");
    }

    @Test
    void aQuotationHeadingAPageBelowItsMenusIsTheOneNamedAfterTheColon() {
        assertThat(
                        speakers(
                                "Menu\n\nHome\n\n‘I was not ready for it’: Dale Pimm on his first"
                                        + " Test as coach\n\nDale Pimm was relieved after the win"
                                        + " on Saturday. It was close."))
                .containsExactly("Dale Pimm");
    }

    @Test
    void aRoleToBeIsThePersonItWillBeAndNoGroupOfSources() {
        assertThat(
                        speakers(
                                "Engaged\n\nSources close to the pair confirmed Tom Vole proposed"
                                        + " in Dubai, and Ann Pimm excitedly tweeted the news. “We"
                                        + " are so happy,” wrote the bride-to-be."))
                .containsExactly("Ann Pimm");
    }

    @Test
    void aNameAndCueBeforeTheWordsAndAnAgencyReportingThemAfter() {
        List<Quote> quotes =
                QuoteExtractorTest.quotes(
                        "Row\n\nReplying to the remarks, Chief Minister Dale Pimm stated, “I did not"
                                + " expect this at all,” ANI reported.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Dale Pimm");
        assertThat(quotes).extracting(Quote::outlet).containsExactly("ANI");
    }

    @Test
    void aNameBeforeWhereTheWordsWereGivenIsTheSpeakerNotTheOutlet() {
        assertThat(
                        speakers(
                                "Review\n\nFilm critic Dale Pimm in his review for Kestland TV"
                                        + " said: “The film gives us four kinds of women.”"))
                .containsExactly("Dale Pimm");
        assertThat(
                        speakers(
                                "Visit\n\n“It was very nice,” the gambling tycoon told Kestland News"
                                        + " in a rare interview in Macau when asked if he had met"
                                        + " Dale Pimm."))
                .containsExactly("the gambling tycoon");
    }

    @Test
    void alsoCalledWithAnObjectIsSomeonesWordNotAHabitualName() {
        assertThat(
                        speakers(
                                "Attack\n\nInspector Dale Pimm spoke on Monday. He also called it"
                                        + " “rare” for the town."))
                .containsExactly("Dale Pimm");
        assertThat(
                        speakers(
                                "Fever\n\nDengue, also called “breakbone fever”, is spreading in"
                                        + " the region."))
                .isEmpty();
    }

    @Test
    void aClosingSingleMarkSetOffByASpaceStillCloses() {
        assertThat(
                        speakers(
                                "Camp\n\nDale Pimm spoke after leaving. He added: ‘All I did was"
                                        + " try to help. I found the food hard. ’\n\nTom Vole left"
                                        + " on Wednesday."))
                .containsExactly("Dale Pimm");
    }

    @Test
    void aNameInInitialsIsThePersonNamedInFullByThem() {
        assertThat(
                        speakers(
                                "Veteran\n\nD.W. Pimm is 93 years old. “They called them the happy"
                                        + " bunch,” D.W. said, holding a picture."))
                .containsExactly("D.W. Pimm");
    }

    @Test
    void aNameBeforeAnAppositiveLeftUnclosedIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Count\n\n“We do not agree with their figures,” Dale Pimm, an MDC"
                                        + " representative said on Friday."))
                .containsExactly("Dale Pimm");
    }

    @Test
    void anOfficeAfterInitialsStillLeadsToItsHolder() {
        assertThat(
                        speakers(
                                "Vote\n\nEarlier, U.S. Secretary of State Dale Pimm voiced concerns"
                                        + " from Tokyo, stating, “The result does not reflect the"
                                        + " will of the people.”"))
                .containsExactly("Dale Pimm");
    }

    @Test
    void aGuessFromContextNeverGivesHeToAWomanNamedAsOne() {
        assertThat(
                        speakers(
                                "Fame\n\nThe Weeknd opened up about his new girlfriend Ann Vole"
                                        + " and fame. When it comes to fame, he stated, “I just"
                                        + " started being fancy.”"))
                .containsExactly("null");
    }

    @Test
    void aParticipleAfterAClauseOfTimeGoesOnWithThatClausesSubject() {
        assertThat(
                        speakers(
                                "Economy\n\nThe party's remarks came a day after Minister Dale Pimm"
                                        + " dismissed the criticism, asserting that the economy is"
                                        + " “doing fine”."))
                .containsExactly("Dale Pimm");
    }

    @Test
    void aPullQuoteIsWhoeverSaidItFirstNotWhoeverSpokeLast() {
        assertThat(
                        withBasis(
                                "Price quits\n\n“After 12 years, it is time for me to go,” Lola"
                                        + " Price wrote on Instagram.\n\nThe drummer, Olly Stone,"
                                        + " said he was “gutted.”\n\n“It is time for me to"
                                        + " go”\n\nPrice said she would release a solo album.",
                                true))
                .containsExactly(
                        "Lola Price (NAMED)", "Olly Stone (NAMED)", "Lola Price (REPEATED)");
    }

    @Test
    void aPronounAfterARoleNoOneHoldsIsThatRoleNotSomeoneEarlier() {
        assertThat(
                        speakers(
                                "Driver jailed\n\nA driver who killed a pedestrian while using his"
                                        + " phone has been jailed.\n\nSentencing, the judge said"
                                        + " he had shown “a callous disregard” for others. He said:"
                                        + " “You were looking at your phone.”\n\nThe coroner"
                                        + " recorded a conclusion of accidental death. She said the"
                                        + " case was “a tragedy for everyone involved”."))
                .containsExactly("the judge", "the judge", "The coroner");
    }

    @Test
    void wordsSummedUpOrInTheWordsOfSomeoneAreTheirs() {
        assertThat(
                        speakers(
                                "Defeat\n\nCoach Brian Healy was asked about his future. His"
                                        + " assistant, Kevin Doyle, was blunt.\n\n“We have to look"
                                        + " in the mirror,” was how Doyle summed it up.\n\n“The"
                                        + " players let him down,” in the words of one"
                                        + " supporter."))
                .containsExactly("Kevin Doyle", "one supporter");
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerClosingTheSentenceBeforeIsThatSpeaker() {
        assertThat(
                        speakers(
                                "Strike\n\nHundreds walked out, said Joseph Moss, an analyst.\n\nThe"
                                        + " workers aren't aiming to disrupt travel, a spokeswoman for"
                                        + " the Service Employees International Union said at a press"
                                        + " conference.\n\n“They do want public support,” she"
                                        + " said.\n\nAt the news conference, a reporter asked Ana"
                                        + " Ruiz whether she would run.\n\n“No,” she said."))
                .containsExactly(
                        "a spokeswoman for the Service Employees International Union", "Ana Ruiz");
    }

    @Test
    void aPronounAfterAnUnheldRoleOfSomethingAfterAnOpeningAdjunctIsThatRole() {
        assertThat(
                        speakers(
                                "Shelters\n\nNew York built thousands of shelters. By 1966, the"
                                        + " city's civil defense director found that most had no"
                                        + " supplies. “I have grave doubts,” he said."))
                .containsExactly("the city's civil defense director");
    }

    @Test
    void aBracketedPartyTagOrTheBodySomeoneIsWithIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Speech\n\nState Sen. Dawn Addiego (R-Burlington), for example,"
                                        + " said Christie “has dedicated his efforts to the"
                                        + " state.”\n\n“We will decide tomorrow,” Patrol Chief"
                                        + " James Hall with the New York Police Department said."))
                .containsExactly("Dawn Addiego", "James Hall");
    }

    @Test
    void aMediumModifyingANounIsNoOutletCredited() {
        List<Quote> quotes =
                QuoteExtractorTest.quotes(
                        "TV ban\n\n“Zero increase in cost,” said Harinder Singh, a staffer on the"
                                + " TV regulation project. “Fine,” Tom Hale told Sky News on"
                                + " Sunday.");
        assertThat(quotes).extracting(Quote::outlet).containsExactly(null, "Sky News");
    }

    @Test
    void aBodyNamedWithOfThenARoleThenAPersonIsThatPerson() {
        assertThat(
                        speakers(
                                "Heat\n\nMiami set a record.\n\n“It’s not just hot,” said"
                                        + " University of Miami tropical weather expert Brian"
                                        + " McNoldy. “It is humid,” said Bank of America analyst"
                                        + " Ana Ruiz."))
                .containsExactly("Brian McNoldy", "Ana Ruiz");
    }

    @Test
    void mannerVerbsOfSpeechCredit() {
        assertThat(
                        speakers(
                                "Boeing\n\n“What do I know about branding,” Donald Trump simpered"
                                        + " in a morning tweet. “Sit down,” Ana Ruiz chided. “Lovely,”"
                                        + " Jo Hale cooed."))
                .containsExactly("Donald Trump", "Ana Ruiz", "Jo Hale");
    }

    @Test
    void aPartyMemberFromAPlaceIsNoNameToMatchAnotherBy() {
        assertThat(
                        speakers(
                                "Insiders\n\n“Kaine will win,” said a Virginia Republican.\n\n“Pence"
                                        + " will have to defend Trump,” said a New Hampshire"
                                        + " Republican."))
                .containsExactly("Virginia Republican", "New Hampshire Republican");
    }

    @Test
    void theNationalityWrittenBesideSomeoneIsThatPerson() {
        assertThat(
                        speakers(
                                "Migrants flee\n\n“It’s hard to stay here,” Falesi Chukuwumba, a"
                                        + " Malawian national, told Al Jazeera.\n\nSayiba John, a"
                                        + " Nigerian, said they were leaving.\n\n“We lost"
                                        + " everything,” the Malawian told Al Jazeera."))
                .containsExactly("Falesi Chukuwumba", "Falesi Chukuwumba");
    }

    @Test
    void whomADocumentWentToDidNotWriteIt() {
        assertThat(
                        speakers(
                                "Merger\n\nRegulators in Ostland are also studying the deal and have"
                                        + " concluded it is “likely to harm” rivals, according to"
                                        + " a letter to Corvane Systems filed last month.\n\nPrices will rise “for years”,"
                                        + " according to a letter from Brightpath Ltd."))
                .containsExactly("a letter", "Brightpath Ltd");
        assertThat(
                        speakers(
                                "Offices\n\nTalks stalled.\n\nAccording to documents obtained"
                                        + " under the Access to Records Act, the plan required “more"
                                        + " room for staff.”"))
                .containsExactly("null");
    }

    @Test
    void theKindOfBusinessWrittenBeforeItsNameFindsItAgain() {
        assertThat(
                        speakers(
                                "Oil\n\nJapanese carmaker Tokuda said sales rose in the United"
                                        + " States.\n\n“We are pleased,” the carmaker said.\n\nAnalysts at"
                                        + " US investment banking giant Harwood Sachs expect supply"
                                        + " to rise in the United States.\n\n“We maintain our view,”"
                                        + " the bank said in a note."))
                .containsExactly("Tokuda", "Harwood Sachs");
    }

    @Test
    void aPronounAfterSomeoneWhoConfirmedNewsToAnOutletIsThem() {
        List<Quote> quotes =
                QuoteExtractorTest.quotes(
                        "Deaths\n\nMs Harlow’s father, Shaun Harlow, confirmed his daughter’s death"
                                + " to Nine News. “She is now at peace,” he said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Shaun Harlow");
        assertThat(quotes).extracting(Quote::outlet).containsExactly("Nine News");
    }

    @Test
    void aDocumentBySomeoneReadsTheirWords() {
        assertThat(
                        speakers(
                                "Royals\n\nPolice detained a man in Windsor.\n\nA statement by a"
                                        + " Sussex spokesperson confirming the move read: “We can"
                                        + " confirm it.”\n\nA letter from Dana Whitfield said: “We"
                                        + " are grateful.”"))
                .containsExactly("a Sussex spokesperson", "Dana Whitfield");
    }

    @Test
    void aSpeakerClosingTheSentenceSomeWordsAfterAQuotationIsTheirs() {
        assertThat(
                        speakers(
                                "Clinics\n\nArrests were made, a spokesman for Harlow Police"
                                        + " said.\n\nThere is a “zero tolerance” on racism in the"
                                        + " city’s clinics, a health leader has said, as it emerged"
                                        + " that nurses were attacked."))
                .containsExactly("a health leader");
    }

    @Test
    void aNameBeforeARoleOfABodyThatRunsToTheCueIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Riots\n\nThe Northfield Councils Association called the violence"
                                        + " “deplorable”.\n\nCllr Louise Gittleson, Chair of the"
                                        + " Northfield Councils Association said: “The unrest is"
                                        + " unacceptable.”"))
                .containsExactly("Northfield Councils Association", "Louise Gittleson");
    }

    @Test
    void aNameAfterAColonSigningAQuotationThatOpensItsParagraphIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Jobs\n\n“This is a blockbuster,” said Ana Brassard of Keswick"
                                        + " Bank.\n\n‘Rates to stay on hold next week’: Tellan"
                                        + " Economics\n\nTellan Economics director Andrew Hencic"
                                        + " said the report was solid."))
                .containsExactly("Ana Brassard", "Tellan Economics");
    }

    @Test
    void theyAfterACrowdThatOpensTheSentenceAfterItsTimeIsTheCrowd() {
        assertThat(
                        speakers(
                                "Capitol\n\nZara Whitfield spoke against the bill. “You will see"
                                        + " the blood on your hands,” Whitfield said.\n\nOn Monday,"
                                        + " hundreds of protesters converged on the capitol. “Let"
                                        + " her speak,” they chanted."))
                .containsExactly("Zara Whitfield", "protesters");
    }

    @Test
    void whoPutTheWordsSoRightBeforeThemSaidThem() {
        assertThat(
                        speakers(
                                "Tools\n\nKestrel has new tools. “It works,” said Bob Enslow, the"
                                        + " chief executive.\n\nThe tool links to models to — as"
                                        + " Enslow puts it — “bring automation to anyone who copies"
                                        + " and pastes.” Clipboard Kit lets users highlight data.\n\n"
                                        + "The tool will, as one analyst put it, “change"
                                        + " everything.”"))
                .containsExactly("Bob Enslow", "Bob Enslow", "one analyst");
    }

    @Test
    void whoPutItSoInASentencesOpeningClauseSaidWhatTheMainClauseQuotes() {
        assertThat(
                        speakers(
                                "Network\n\nKTV and its defenders say that the network is no"
                                        + " more biased than any other. As Ms. Okafor put it in a"
                                        + " statement to my colleague Ana Ruiz in July, KTV is “a"
                                        + " perspective you won't get elsewhere.”"))
                .containsExactly("Okafor");
    }

    @Test
    void whoPutTheWordsSoRightAfterThemSaidThem() {
        assertThat(
                        speakers(
                                "Talks\n\nThe talks failed, Mark Oduya said.\n\nThe north is"
                                        + " “racing to the line,” as Vance Ilori, a lecturer at the"
                                        + " Tellan Institute, a college in Leeds, put it.\n\nThe"
                                        + " talks are “over,” as one analyst put it."))
                .containsExactly("Vance Ilori", "one analyst");
    }

    @Test
    void aRunningMateWithATitleBeforeTheNameIsThatPerson() {
        assertThat(
                        speakers(
                                "Polls\n\nPolls were steady, Mark Oduya said.\n\n“It is a"
                                        + " contested election,” Kestrel running mate Gov. Dana"
                                        + " Whitfield of Ohio told Tellan News."))
                .containsExactly("Dana Whitfield");
    }

    @Test
    void aRoleOpeningAClauseAfterAPlaceIsNoAppositiveOfThePlace() {
        assertThat(
                        speakers(
                                "Blast\n\nAn explosion that Mayor Tom Brisk described as “a"
                                        + " deliberate act” injured nine people.\n\nAt a press"
                                        + " conference in Chelsea, the mayor also said there was"
                                        + " “no evidence” of terrorism.\n\n\"We see no link,\""
                                        + " the mayor said."))
                .containsExactly("Tom Brisk", "Tom Brisk", "Tom Brisk");
    }

    @Test
    void aPartyWordWithoutItsArticleIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Checkers\n\nFactline rated 32% of Republican claims as"
                                        + " “false” or “pants on fire,” compared to 11% of"
                                        + " Democratic claims.\n\nThe director, Aaron Sharp,"
                                        + " said the site rates so many Republican claims as"
                                        + " inaccurate because they lack context.\n\n“We’re not"
                                        + " just validating numbers,” he told a podcast."))
                .doesNotContain("Republican", "Democratic")
                .last()
                .isEqualTo("Aaron Sharp");
    }

    @Test
    void aSentenceInTitleCaseNamesOnlyThePeopleTheBodyNames() {
        assertThat(
                        speakers(
                                "Speeches\n\nIn the excerpts, Hillary Clinton praised the trend"
                                        + " toward open markets and joked about the risk of speaking"
                                        + " to a group of traders.\n\nClinton Joked It’s “Risky” For"
                                        + " Her To Speak To A Group Of Traders. “Now, it is always a"
                                        + " little bit risky for me to come speak to a group,” she"
                                        + " said.\n\nHillary Clinton Praised The Trend “Toward Open"
                                        + " Markets.” “But the trend lines are both positive and"
                                        + " troubling.” [Summit, 10/29/13.]"))
                .containsExactly("Hillary Clinton", "Hillary Clinton");
    }

    @Test
    void aCrewSpeaksAsOneUnnamedBody() {
        assertThat(
                        speakers(
                                "Incident\n\nTwo navy officials described the encounter to"
                                        + " reporters on Monday.\n\nAccording to one of the"
                                        + " officials, the Vantish crew radioed: “You are"
                                        + " approaching our waters. Leave immediately.”"))
                .containsExactly("the Vantish crew");
    }

    @Test
    void anUnnamedSpeakerOffCameraKeepsTheWordsAfterTheNoun() {
        assertThat(
                        speakers(
                                "Video\n\nThe footage shows Malik Thorn running from"
                                        + " officers.\n\n“Stop!” an officer shouts.\n\nA second"
                                        + " later, a shot is heard. A woman off camera screams, “Oh"
                                        + " my God, he had a phone!”"))
                .containsExactly("an officer", "A woman off camera");
    }

    @Test
    void aNewParagraphAboutADescribedBodyQuotesThatBody() {
        assertThat(
                        speakers(
                                "Retail\n\nFord CEO Jim Farley spoke about China on Monday. “We"
                                        + " are in a global competition with China,” Farley"
                                        + " said.\n\nMajor retailer Halvorsen Stores is noticing"
                                        + " customer behaviour that “is causing it to cast doubt on"
                                        + " its future sales.”\n\nRival grocer Brindle Foods has"
                                        + " seen shoppers “waiting to buy until the last"
                                        + " moment.”"))
                .containsExactly("Jim Farley", "Halvorsen Stores", "Brindle Foods");
    }

    @Test
    void whoCorrectsAnotherSpeaksTheCorrection() {
        assertThat(
                        speakers(
                                "Twins\n\nEdith Farrow and Mabel Kinsella ran a bakery"
                                        + " together.\n\n“We sold more scones that way,” Edith"
                                        + " says.\n\n“Forty-one scones,” Mabel corrects. “Mine"
                                        + " were better.”"))
                .containsExactly("Edith Farrow", "Mabel Kinsella", "Mabel Kinsella");
    }

    @Test
    void lessCommonVerbsOfSpeechBesideAQuotationAreCues() {
        assertThat(
                        speakers(
                                "Panel\n\nThe chair, Tom Ellery, opened the session. “We"
                                        + " begin late,” Ellery said.\n\n“Perhaps next year,”"
                                        + " ventured Ana Ruiz.\n\n“Not a chance,” concurred"
                                        + " Bea Holm.\n\n“Who pays?” inquired Cal Dunne."))
                .containsExactly("Tom Ellery", "Ana Ruiz", "Bea Holm", "Cal Dunne");
    }

    @Test
    void aFragmentBeforeALinkingVerbIsNoModifierOfIt() {
        assertThat(
                        speakers(
                                "Inquiry\n\nThe minister, Ada Johnson, visited the site.\n\n"
                                        + "Johnson told reporters on Friday that “exactly who did"
                                        + " it” remains under investigation."))
                .containsExactly("Ada Johnson");
    }

    @Test
    void aRoleSomeoneOwnsIsTheOneNamedInItJustAfter() {
        assertThat(
                        speakers(
                                "Tribunal\n\nA senior analyst who was told by her manager that"
                                        + " she was “too emotional” to lead a team has won her"
                                        + " claim.\n\nPriya Sandhu, 38, brought the case against"
                                        + " the bank.\n\nThe tribunal heard that her line"
                                        + " manager, Fiona Gallagher, had refused to promote"
                                        + " her."))
                .containsExactly("Fiona Gallagher");
    }

    @Test
    void aDeterminedPhraseNoCommaClosesIsTheCuesSubject() {
        assertThat(
                        speakers(
                                "Budget\n\nThe prime minister retains “full confidence” in the"
                                        + " chancellor, Rebecca Thorne, his official spokesman has"
                                        + " said."))
                .containsExactly("his official spokesman");
    }

    @Test
    void theOneCalledByNameAnswersNext() {
        assertThat(
                        speakers(
                                "Phone-in\n\nSteve, a season-ticket holder calling from Luton,"
                                        + " did not hold back. “Sack him tonight.”\n\n“That isn't"
                                        + " fair, Steve,” presenter Jim Haddon said.\n\n“It's"
                                        + " fair when you're paying for a season ticket.”"))
                .containsExactly("Steve", "Jim Haddon", "Steve");
    }

    @Test
    void anUnnamedPersonNamedAfterTheNounIsThatPerson() {
        assertThat(
                        speakers(
                                "Tips\n\nPresenter Nina Shah asked listeners about"
                                        + " tipping.\n\nA waiter from Brighton named Callum"
                                        + " phoned in to disagree. “Tips are half my wage.”"))
                .containsExactly("Callum");
    }

    @Test
    void aPastRoleNoOneHoldsIsTheOneTheSentenceBeforeOpensWith() {
        assertThat(
                        speakers(
                                "Pundits\n\nFormer striker Danny Pryor called the defending"
                                        + " “schoolboy stuff”.\n\nFellow pundit Alan Fairclough"
                                        + " was more sympathetic. “He's lost two centre-backs,”"
                                        + " said the former Everton captain."))
                .containsExactly("Danny Pryor", "Alan Fairclough");
    }

    @Test
    void aRoleWithExOrFormerInsideAWordIsNoPastRole() {
        assertThat(
                        speakers(
                                "Funds\n\nTom Ree runs a small bond desk in Leeds.\n\nAna Holt,"
                                        + " a consultant, joined the panel later. “Fees will fall,”"
                                        + " said the index-fund manager."))
                .doesNotContain("Ana Holt");
    }

    @Test
    void theHeadlinesRoleSubjectIsTheOneTheStoryOpensWith() {
        assertThat(
                        QuoteExtractorTest.extract(
                                        "Nevada Democrat calls complaint a stunt\n\nWASHINGTON"
                                                + " (AP) — Rep. Angela Torres on Thursday"
                                                + " dismissed a complaint filed by Rep. Scott"
                                                + " Wendell of Utah.\n\nWendell's office released"
                                                + " a copy to reporters.\n\n“It's a cheap"
                                                + " stunt,” the Democrat said.",
                                        true)
                                .quotes())
                .extracting(Quote::speaker)
                .containsExactly("Angela Torres");
    }

    @Test
    void thoseWhoSpeakInARelativeClauseDoNotSpeakTheNextQuotation() {
        assertThat(
                        speakers(
                                "Interview\n\nMayor Ada Coyle spoke to anchor Mark Ellery on"
                                        + " Sunday. “I haven't lost them,” she said.\n\nThe anchor"
                                        + " cited a local poll in which most residents said they"
                                        + " felt less safe. “Sixty-one percent. Are they wrong?”"))
                .containsExactly("Ada Coyle", "Mark Ellery");
    }

    @Test
    void aQuestionBeforeItsGroundsStillAsksAndTheOtherAnswers() {
        assertThat(
                        speakers(
                                "Chef\n\nChef Marco Bellandi appeared on the show of host Kelsey"
                                        + " Quinn.\n\n“I have never eaten a hot dog,” Bellandi told"
                                        + " the host.\n\n“Never? You have lived in New York for"
                                        + " fifteen years,” Quinn said.\n\n“Fifteen years, no hot"
                                        + " dog.”"))
                .containsExactly("Marco Bellandi", "Kelsey Quinn", "Marco Bellandi");
    }

    @Test
    void shortLinesTradedWithoutNamesGoOnByTurns() {
        assertThat(
                        speakers(
                                "Interview\n\nNeil Dorsey, chief executive of Southshire Water,"
                                        + " walked out of a live interview.\n\n“Why should you"
                                        + " get a bonus?” presenter Rosa Kendrick asked.\n\n“The"
                                        + " committee set it.”\n\n“Would you give it back?”\n\n"
                                        + "“That's a hypothetical.”\n\n“It isn't. I'm asking you"
                                        + " now.”"))
                .containsExactly(
                        "Rosa Kendrick",
                        "Neil Dorsey",
                        "Rosa Kendrick",
                        "Neil Dorsey",
                        "Rosa Kendrick");
    }

    @Test
    void whoPutAQuestionToSomeoneAskedIt() {
        assertThat(
                        speakers(
                                "Press\n\nMark Hollis faced the press. When one reporter put it"
                                        + " to him directly – “Is this on you?” – Hollis paused"
                                        + " before answering.\n\n“Partly,” he said."))
                .containsExactly("one reporter", "Mark Hollis");
    }

    @Test
    void aLiveBlogHeadingGivesItsQuotationToTheSubjectAfterTheDash() {
        assertThat(
                        speakers(
                                "Deadline day\n\n“The deal is off,” the agent, Javier Ruiz,"
                                        + " said.\n\n20:44\n\n‘I'll miss you all’ - Sartori bids"
                                        + " farewell to Castleton\n\nCastleton striker Marco"
                                        + " Sartori has posted an emotional goodbye."))
                .containsExactly("Javier Ruiz", "Marco Sartori");
    }

    @Test
    void wordsBeforeWhileAndAnotherSpeakerAreTheFirstSpeakers() {
        assertThat(
                        speakers(
                                "Results\n\nAnalysts were divided. Tomas Vell of Carrow"
                                        + " Securities described the results as “better than"
                                        + " feared,” while Ana Ruiz at Ludgate Partners said the"
                                        + " chain was “running to stand still.”"))
                .containsExactly("Tomas Vell", "Ana Ruiz");
    }

    @Test
    void theyAfterSeveralNamedPeopleSaidIsThosePeople() {
        assertThat(
                        speakers(
                                "Letter\n\nThe Justice Department sent a letter on Friday.\n\n"
                                        + "Sens. Ann Carr, Dita Vell and Ben Cole said they found"
                                        + " the letter “troubling.”"))
                .containsExactly("Ann Carr, Dita Vell and Ben Cole");
    }

    @Test
    void parentsNamedTogetherAfterTheirChildSpeakTogether() {
        assertThat(
                        speakers(
                                "Inquest\n\nLena Oduya died in 2021.\n\nLena's parents, Clara"
                                        + " and Stefan Oduya, said: “We are heartbroken.”\n\n“We"
                                        + " want answers,” Lena's parents said."))
                .containsExactly("Clara and Stefan Oduya", "Lena's parents");
    }

    @Test
    void wordsForSomeoneToTweetAfterAnotherSpokeAreTheirs() {
        assertThat(
                        speakers(
                                "Vote\n\nMara Okafor said she would accept the result.\n\n“We"
                                        + " will accept the results,” she said Sunday, only for"
                                        + " Tom Hale to tweet Monday that “the count is"
                                        + " rigged.”"))
                .containsExactly("Mara Okafor", "Tom Hale");
    }

    @Test
    void aSurnameThatIsATitleIsASurnameAfterMrOrMs() {
        assertThat(
                        speakers(
                                "Anchors\n\nLena Bishop and Tom Oduya host shows. Both Ms."
                                        + " Bishop and Mr. Oduya say they are free.\n\n“I have"
                                        + " never been edited,” Ms. Bishop, 82, told me.\n\n“We"
                                        + " agree,” Mr. Oduya said."))
                .containsExactly("Lena Bishop", "Tom Oduya");
    }

    @Test
    void aFamilyNounAfterANamedPossessorIsTheRelativeNamedWithThatSurname() {
        assertThat(
                        speakers(
                                "Advice\n\nMarco Villan Jr. gave advice on Monday.\n\n“You do"
                                        + " not belong here,” Marco Villan’s son told the show.\n\n"
                                        + "Sofia Okafor runs the firm. Dario Okafor spoke later."
                                        + "\n\n“We work hard,” Dario Okafor’s daughter said."))
                .containsExactly("Marco Villan Jr.", "Sofia Okafor");
    }

    @Test
    void aNameSetOffAfterATitleOpeningTheSentenceIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Mining\n\nCorvane Geo told the Maseru Ledger it does nothing"
                                        + " wrong. “We follow the law,” the company said.\n\nMinister"
                                        + " of Natural Resources, Mohlomi Lekena, would not confirm"
                                        + " whether the ministry knew and only said: “Ask them to"
                                        + " complain”.\n\nDirector of Procurement, Aliyu Kangiwa,"
                                        + " said: “We have the papers.”"))
                .containsExactly("Corvane Geo", "Mohlomi Lekena", "Aliyu Kangiwa");
    }

    @Test
    void aNameSpokenOfInsideTheQuotationIsNotItsPronoun() {
        assertThat(
                        speakers(
                                "Trips\n\nCommunications Minister Faris Rahmat said the firms"
                                        + " paid.\n\nRahmat also said Anwar’s daughter, Nurul Zahra,"
                                        + " joined the delegation in her official capacity.\n\n“I"
                                        + " got confirmation that Zahra was invited by the"
                                        + " organisers.\n\n“So, she was invited as the director of"
                                        + " the think tank,” he said."))
                .containsOnly("Faris Rahmat");
    }

    @Test
    void aLeadOrHeadBetweenABodyAndANameIsThatPersonsPost() {
        assertThat(
                        speakers(
                                "Search\n\nKestrel unveiled a box.\n\nThe box is, according to"
                                        + " Kestrel Search lead Liz Rendell, “the biggest"
                                        + " upgrade.”\n\n“It works,” said Kestrel product head Dana"
                                        + " Whitfield."))
                .containsExactly("Liz Rendell", "Dana Whitfield");
    }

    @Test
    void aSurnameThatIsATitleBeforeJuniorStaysTheName() {
        assertThat(
                        speakers(
                                "Coliseum\n\nThe stadium hosted the rally, with Martin Luther King"
                                        + " Jr. as the keynote speaker. King said, “Now is the"
                                        + " time.”"))
                .containsExactly("Martin Luther King Jr.");
    }

    @Test
    void aSentenceReportingItsOwnClauseAttributesNoQuotationBefore() {
        assertThat(
                        speakers(
                                "Ice\n\nManzara is not convinced. “We have known for how long?”"
                                        + " Manzara said. “People are using solar, but it is not"
                                        + " enough.” Other opponents point out that a test would be"
                                        + " risky."))
                .containsExactly("Manzara", "Manzara");
    }

    @Test
    void aPronounOrContinuationAfterANameWithTwoAppositivesIsTheName() {
        assertThat(
                        speakers(
                                "Ice\n\nA test would be risky. “You cannot know,” Panganga"
                                        + " Pungowa, an organizer at the Northern Land Network, and a"
                                        + " resident of Little Diomede, in Alaska, told me. “And we"
                                        + " only have one Earth.”"))
                .containsExactly("Panganga Pungowa", "Panganga Pungowa");
    }

    @Test
    void thoseWhoInspiredTheSubjectAreNotThePronounAfterIt() {
        assertThat(
                        speakers(
                                "Law\n\nAdvocate Mokitimi Thabane was born in Roma. “My"
                                        + " grandmother was the shield,” he says.\n\nInspired by"
                                        + " figures such as Marcus Okello and Malcolm Ade, he"
                                        + " developed a desire to confront injustice.\n\n“The"
                                        + " judges in my dreams were mighty,” he explains."))
                .containsExactly("Mokitimi Thabane", "Mokitimi Thabane");
    }

    @Test
    void aGroupCountedBeforeAParticipleOfSpeechSaidTheWords() {
        assertThat(
                        speakers(
                                "Army\n\nThe army has been criticised, with some analysts"
                                        + " suggesting that it is carrying out “prejudiced online"
                                        + " surveillance”."))
                .containsExactly("analysts");
    }

    @Test
    void theNameSetOffAfterADescriptionEndingInAPlaceIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Neighbours\n\nJeremy Ellstein was a financier who lived in"
                                        + " Florida.\n\n“Terrific guy,” his neighbor in both Florida"
                                        + " and New York, Donald Tremont, said in the story."))
                .containsExactly("Donald Tremont");
    }

    @Test
    void aSentenceAfterAQuotationThatReportsItsOwnWordsOrOwnsANounIsNoAttribution() {
        assertThat(
                        speakers(
                                "Rules\n\nFirms lobbied regulators. \"I think this signifies a"
                                        + " change of heart at the board,\" Sir Digby Jonas told the"
                                        + " BBC. \"They have been listening to us.\" The board said"
                                        + " it had taken views into consideration.\n\nSkyway has"
                                        + " cut jobs. \"Our focus remains on costs,\" Rod Edding"
                                        + " said. \"For example, we have taken six planes.\""
                                        + " Skyway's shares closed up four pence."))
                .containsExactly("Digby Jonas", "Digby Jonas", "Rod Edding", "Rod Edding");
        assertThat(
                        speakers(
                                "Tributes\n\nChancellor Gordon Brayne said the former leader"
                                        + " would be \"mourned throughout the world\". \"It was a"
                                        + " commitment to public service.\" Lord Hatterby said his"
                                        + " first reaction was sadness."))
                .containsExactly("Gordon Brayne", "Gordon Brayne");
    }

    @Test
    void aPersonNamedWithOfBeforeAPartnerFirmIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Maps\n\n“A map is a working document,” explains Herbert Hanssen"
                                        + " of Respond’s Belgian partner Keyvale.\n\n“It is fine,”"
                                        + " said University of Harlow weather expert Brian"
                                        + " McNolty."))
                .containsExactly("Herbert Hanssen", "Brian McNolty");
    }

    @Test
    void aNameSetOffAfterARoleOrATitleInCapitalsIsTheSpeaker() {
        assertThat(
                        speakers(
                                "Fraud\n\n“Our mission was to serve everyone,” said Kestrel"
                                        + " spokeswoman, Berit Hanssen.\n\nPolice held 28 people."
                                        + " The head of the Cyber Unit, Acting Detective Chief"
                                        + " Superintendent, Mick Deane, said: “This has disrupted"
                                        + " them.”"))
                .containsExactly("Berit Hanssen", "Mick Deane");
    }

    @Test
    void aPartialQuotationInAParagraphOpenedByAFirmIsTheFirms() {
        assertThat(
                        speakers(
                                "Results\n\nShares of construction goods giant Harlow Depot fell."
                                        + "\n\n“Our results reflected growth,” said chief executive"
                                        + " Craig Menning in the company’s release.\n\nOne Harlow"
                                        + " Depot refers to investments intended to create a"
                                        + " “seamless, interconnected shopping experience” for"
                                        + " customers."))
                .containsExactly("Craig Menning", "Harlow Depot");
    }

    @Test
    void aSentenceOpenedByItsVerbAndSubjectBeforeAColonIsThatSubjects() {
        assertThat(
                        speakers(
                                "Vote\n\nThe senator spoke first. “We will vote no,” said Dana"
                                        + " Whitfield.\n\nAdded one voter: “It is late.”"))
                .containsExactly("Dana Whitfield", "one voter");
    }

    @Test
    void theMainClauseAfterALongOpeningClauseGivesAParticiplesSubject() {
        assertThat(
                        speakers(
                                "Vote\n\nAfter Governor Alan Brightwater lost both the Assembly"
                                        + " and the Senate to the opposition in the spring"
                                        + " elections, Mayor Lena Okafor sent a note to him"
                                        + " praising his “steady hand” during the count."))
                .containsExactly("Lena Okafor");
    }

    @Test
    void aCueClosingTheSentenceAfterACommaTakesTheQuotationBeforeIt() {
        assertThat(
                        speakers(
                                "Seminar\n\nTomas Reyes runs the seminar.\n\nA developer who"
                                        + " wants to cheat someone can “invent almost anything”"
                                        + " and get away with it if the broker does not check,"
                                        + " he says."))
                .containsExactly("Tomas Reyes");
    }

    @Test
    void theStateAfterAPlaceInAnOpeningPhraseIsNoSubject() {
        assertThat(
                        speakers(
                                "Rally\n\nAt a rally in Dover, Del., on Friday, Senator Ruth"
                                        + " Adebayo of Maine backed the governor, saying that her"
                                        + " old rival would “serve the state well.”"))
                .containsExactly("Ruth Adebayo");
        assertThat(
                        speakers(
                                "Rally\n\nAt a rally in Dover, Del., Senator Ruth Adebayo of"
                                        + " Maine backed the governor, saying that her old rival"
                                        + " would “serve the state well.”"))
                .containsExactly("Ruth Adebayo");
    }

    @Test
    void aNameIntroducingASplitQuotationAfterAColonGoesBeforeThePronounInIt() {
        assertThat(
                        speakers(
                                "Feud\n\n“Nice of him to show up,” Gareth Vane tweeted on"
                                        + " Monday, after the council spokesman Piers Malloy"
                                        + " defended the budget online.\n\nMalloy fired back:"
                                        + " “As the one who wrote it,” he wrote, “I know what is"
                                        + " in it.”"))
                .containsExactly("Gareth Vane", "Piers Malloy");
    }

    @Test
    void anInitialInsideANameBeforeARoleDoesNotEndTheAttribution() {
        assertThat(
                        speakers(
                                "Story\n\nDonald Hale spoke. “These are dark days,” former"
                                        + " Henry W. Grant speechwriter Noam Neale wrote in a"
                                        + " column."))
                .containsExactly("Noam Neale");
    }

    @Test
    void aParticipleOrAJoinedCueGoesOnWithTheCueBeforeIt() {
        assertThat(
                        speakers(
                                "Mosque\n\nOmar Hale came with his son. Hale did not stay but"
                                        + " left as soon as prayers were over, Karim Nefzi said,"
                                        + " adding, “He was not very religious.”"))
                .containsExactly("Karim Nefzi");
        assertThat(
                        speakers(
                                "Extradition\n\nIn an interview with the reporter Matei Rosca"
                                        + " last year, Ion Lazar said he welcomed the trial and"
                                        + " added, “I will plead guilty.”"))
                .containsExactly("Ion Lazar");
    }

    @Test
    void theSubjectOfAThatClauseBeforeAColonDoesNotIntroduceTheQuotation() {
        assertThat(
                        speakers(
                                "Forum\n\nOne reader wrote that Ida Hale is funny. Another said"
                                        + " she hoped with her “whole heart” that Ida Hale wins the"
                                        + " race: “That way I can watch the show for years.”"))
                .containsExactly("Another reader", "Another reader");
    }

    @Test
    void aRoleMetJustBeforeWithAnIndefiniteArticleIsNotTheLastPersonNamed() {
        assertThat(
                        speakers(
                                "Canvass\n\nRuth Okonjo, 68, has known the candidate for"
                                        + " decades. Okonjo and her husband were greeted by an"
                                        + " organizer at a field office.\n\n“You two will be our"
                                        + " best messengers,” the organizer told them."))
                .containsExactly("the organizer");
    }

    @Test
    void theOneWhoDemurredIsTheOneAPronounAfterPointsTo() {
        assertThat(
                        speakers(
                                "Summit\n\nU.N. envoy Omar Marsh spoke on Monday.\n\nAsked"
                                        + " whether he feared that Tom Hale, the party’s nominee,"
                                        + " who has called the treaty a fraud, could win the"
                                        + " election, Marsh demurred.\n\n“There is just one"
                                        + " science,” he said."))
                .containsExactly("Omar Marsh");
    }

    @Test
    void aNameBeforeAColonWithoutACueDoesNotOutrankThePronounCue() {
        assertThat(
                        speakers(
                                "Charity\n\n“Just to be clear, I never said no,” Eric Vance"
                                        + " wrote in an email on Monday.\n\nBut he said he was"
                                        + " too busy to look for evidence that would back up his"
                                        + " earlier statements: “I have a lot going on,” he"
                                        + " wrote."))
                .containsExactly("Eric Vance", "Eric Vance");
    }

    @Test
    void oneOrAnotherOfAGroupNeverNamedSpeaksAsWritten() {
        assertThat(
                        speakers(
                                "Campus\n\nLena Kukura asked what they thought of the race.\n\n"
                                        + "“I am voting for him anyway,” one said.\n\n“He"
                                        + " listens to his deputy,” said another."))
                .containsExactly("one", "another");
    }

    @Test
    void aParticipleGoesOnWithTheSubjectNotWithANameApposedToTheObject() {
        assertThat(
                        speakers(
                                "Race\n\nRay Dunne appeared on Sunday to discuss his remarks"
                                        + " about his rival, Carla Voss, saying “on her worst day”"
                                        + " she would still win.\n\nSenator Ray Dunne met his"
                                        + " rival, Carla Voss, saying she was “a fine opponent.”"))
                .containsExactly("Ray Dunne", "Ray Dunne");
    }

    @Test
    void theyAfterAGroupWithItsArticleIsTheGroupNotAManItHonoured() {
        assertThat(
                        speakers(
                                "March\n\nHundreds marched on Tuesday. But the protesters also"
                                        + " paid tribute to Dan Howe, 22, who was shot in June.\n\n"
                                        + "They chanted “no justice.”"))
                .containsExactly("protesters");
    }

    @Test
    void retaliatedAndObjectedBesideAQuotationAreItsCues() {
        assertThat(
                        speakers(
                                "Summit\n\nTom Brell said Arlen had lost its way. “Arlen is no"
                                        + " longer Arlen,” he claimed.\n\n“Arlen will always be"
                                        + " Arlen,” an angry Vosse retaliated.\n\n“That is"
                                        + " hearsay,” Lena Marsh objected."))
                .containsExactly("Tom Brell", "Vosse", "Lena Marsh");
    }

    @Test
    void thePronounAfterItsOwnSentencesSubjectIsNotTheOneQuotedMost() {
        assertThat(
                        speakers(
                                "Debate\n\nTom Brell dismissed a report that Karl Lund would"
                                        + " not endorse him.\n\nBrell told the Courier, “I do"
                                        + " not want it.”\n\nBrell added, “He is low-energy.”\n\n"
                                        + "Brell said, “He will lose.”\n\nLund went after Brell"
                                        + " at the debate, when he called the businessman"
                                        + " “unhinged.”"))
                .containsExactly("Tom Brell", "Tom Brell", "Tom Brell", "Karl Lund");
    }

    @Test
    void stateInAnOfficeIsNoCueVerb() {
        assertThat(
                        speakers(
                                "Talks\n\nThe talks ended on Monday.\n\n“It failed,” said"
                                        + " former secretary of state Mara Quint, who praised"
                                        + " the envoys.\n\n“It is early,” said state Sen. Tom"
                                        + " Brell."))
                .containsExactly("Mara Quint", "Tom Brell");
    }

    @Test
    void aRoleAndNameClosingTheSentenceTakeItsQuotations() {
        assertThat(
                        speakers(
                                "Race\n\nThe group met on Monday.\n\nHis endorsements"
                                        + " will carry “a great deal of weight” and help bring"
                                        + " candidates the “grass-roots firepower” they need to"
                                        + " win, DFA spokesman Neil Sroka said."))
                .containsExactly("Neil Sroka", "Neil Sroka");
    }

    @Test
    void anOperativeOpeningTheClauseSpeaksForTheParticiple() {
        assertThat(
                        speakers(
                                "Race\n\nKit Ravel spoke on Monday.\n\nOne operative inside"
                                        + " the tower tried to downplay Ravel’s comments, saying"
                                        + " they were “not a big deal around here.”"))
                .containsExactly("One operative");
    }

    @Test
    void firedBackThatReportsTheQuotationInItsClause() {
        assertThat(
                        speakers(
                                "Debate\n\nKit Ravel and Lena Marsh stood face-to-face"
                                        + " Thursday.\n\nRavel started out the debate saying “of"
                                        + " course” Marsh has the qualifications -- but said he"
                                        + " questioned her judgment based on her vote for the"
                                        + " war.\n\nMarsh fired back that the “people of Arlen"
                                        + " voted for me twice” for the Senate."))
                .containsExactly("Kit Ravel", "Lena Marsh");
    }

    @Test
    void theStateAndPartyOfSomeoneUntaggedIsTheOneTheStoryIsOn() {
        assertThat(
                        speakers(
                                "Race\n\nHouse Speaker Paul Renner on Thursday declared that he"
                                        + " cannot support Tom Brell.\n\n“I am not ready,” Renner"
                                        + " told the Courier.\n\nIt was a partial reversal for"
                                        + " the Wisconsin Republican, who had previously pledged"
                                        + " to support the nominee. He said on Thursday that"
                                        + " Brell needs to do more.\n\n“I think we need a"
                                        + " standard-bearer,” he said."))
                .containsExactly("Paul Renner", "Paul Renner");
    }

    @Test
    void aPossessorsChiefOfStaffIsTheNameApposedToTheRole() {
        assertThat(
                        speakers(
                                "Race\n\nThe allies have been trying to shore up support.\n\n"
                                        + "“Eventually, positions are gonna soften on Tom Brell,"
                                        + " whether it’s now or two months from now,” California"
                                        + " Rep. Dan Hunt’s chief of staff, Joe Kasper, told the"
                                        + " Courier before Vane’s interview."))
                .containsExactly("Joe Kasper");
    }

    @Test
    void herCampaignIsTheCampaignOfTheWomanHerPointsTo() {
        assertThat(
                        speakers(
                                "Race\n\nLena Marsh spoke in Ohio on Monday about the House and"
                                        + " Senate.\n\nHer campaign quickly blasted out an email"
                                        + " to supporters stating, “Speaker Vane joins a growing"
                                        + " list.”"))
                .containsExactly("Lena Marsh’s campaign");
    }

    @Test
    void reactedBesideAQuotationIsItsCue() {
        assertThat(
                        speakers(
                                "Debate\n\nThe mayor praised the players on Sunday.\n\n“What"
                                        + " sport is she talking about?” reacted Tom Brell."))
                .containsExactly("Tom Brell");
    }

    @Test
    void anEditorialBoardIsTheOutletNotAnAddressNamedBefore() {
        assertThat(
                        speakers(
                                "Board\n\nCarla Voss, who gave the reply to the governor’s State"
                                        + " of the Union address, is a rising star, a headline"
                                        + " from the Harbour Ledger reads.\n\n“Are we talking"
                                        + " about the same Carla Voss?” the editorial board"
                                        + " writes."))
                .containsExactly("The Harbour Ledger");
    }

    @Test
    void aRoleBeforeTheNounItDescribesGivesWayToTheNameSetOffAfterBoth() {
        assertThat(
                        speakers(
                                "Reply\n\nCarla Voss gave the reply on Tuesday.\n\nA potential"
                                        + " vice president pick, Voss is the daughter of farmers."
                                        + " “I am proud of where I come from,” she said."))
                .containsExactly("Carla Voss");
    }

    @Test
    void anAdjectiveOfNationalityBeforeANounLikeACueIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Sea row\n\nJapanese Defence Minister Taro Kanda said his"
                                        + " country would help.\n\nA Chinese official responded"
                                        + " by saying Japan should be careful, while China’s"
                                        + " foreign ministry also weighed in regarding the U.S."
                                        + " and Japanese comments.\n\n“Countries outside the"
                                        + " region should keep their promises,” the ministry"
                                        + " said."))
                .containsExactly("the ministry");
    }

    @Test
    void aTitledOwnersCampaignSpeaksForTheStatementItIssued() {
        assertThat(
                        speakers(
                                "Race\n\nTom Brell attacked Lena Marsh again on Monday.\n\nIn"
                                        + " response to Mr. Brell's latest onslaught, Mrs. Marsh's"
                                        + " campaign said in a statement that \"Lena Marsh won't be"
                                        + " bullied.\""))
                .containsExactly("Mrs. Marsh's campaign");
    }

    @Test
    void whatAParticipleAddsAfterTheCueIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Race\n\n“Buy gold, because it could be very rough out there,”"
                                        + " Tom Brell said, adding a plug for himself as mayor."
                                        + " “And who can fix things better than me?”"))
                .containsExactly("Tom Brell", "Tom Brell");
    }

    @Test
    void aPhraseAndAParticipleAfterAPartialQuotationDescribeIt() {
        assertThat(
                        speakers(
                                "Race\n\nThat prompted Carla Voss to make a joke about yoga and"
                                        + " call Tom Brell \"very flexible,\" a nod to the"
                                        + " front-runner acknowledging that he has changed his"
                                        + " position."))
                .containsExactly("Carla Voss");
    }

    @Test
    void someoneWhomTheWriterDoesNotNameSpeaksAsWritten() {
        assertThat(
                        speakers(
                                "Letters\n\nMany people have asked me about the success of Tom"
                                        + " Brell. Someone called it a \"quiet revolution,\" and"
                                        + " I agree."))
                .containsExactly("Someone");
    }

    @Test
    void aTelevisionAdOrASuperPacNamesNoBodyToSpeakForACampaign() {
        assertThat(
                        speakers(
                                "Race\n\nA campaign TV ad released Thursday accuses Tom Brell of"
                                        + " buying influence. Its super PAC spokeswoman Lena Marsh"
                                        + " declined to comment.\n\nThe Voss campaign sent a"
                                        + " fundraising email Wednesday saying that the results"
                                        + " show a two-way race.\n\n\"Friend, let me be"
                                        + " blunt. I can win,\" the email read."))
                .containsExactly("The Voss campaign");
    }

    @Test
    void aSecondObjectOfAPrepositionCountedAtLeastIsNoSubject() {
        assertThat(
                        speakers(
                                "Race\n\nSen. Tom Brell never named his rival.\n\nAt the final"
                                        + " debate and at least one town hall, he only hinted at"
                                        + " Dan Hale by adding, \"I've got an idea of who should"
                                        + " build it.\""))
                .containsExactly("Tom Brell");
    }

    @Test
    void anAdReleasedOnADaySpeaksForItsOwnWords() {
        assertThat(
                        speakers(
                                "Race\n\nA campaign TV ad released Thursday accuses Dan Hale of"
                                        + " buying influence \"in a pattern of sleaze stretching"
                                        + " back decades.\""))
                .containsExactly("A campaign TV ad");
    }

    @Test
    void theOneAnAdShowsInFootageSpeaksTheWordsRecorded() {
        assertThat(
                        speakers(
                                "Race\n\nDan Hale’s campaign seized on recent comments"
                                        + " on Friday.\n\nThe campaign released footage of Lena"
                                        + " Marsh asking, “Why aren’t I 50 points ahead, you"
                                        + " might ask?”"))
                .containsExactly("Lena Marsh");
    }

    @Test
    void anAdjectiveEndingLikeAnAgentNounNamesNoOne() {
        assertThat(
                        speakers(
                                "Rally\n\nIt was a potent one-two punch by the two women, as Lena"
                                        + " Marsh echoed the criticism, saying Tom Brell"
                                        + " ''reminds us every day that he's not in it for the"
                                        + " people.''"))
                .containsExactly("Lena Marsh");
    }

    @Test
    void aStatesAbbreviationAfterItsCityIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Trade\n\nOn the trail, Mrs. Marsh regularly pledges to “make"
                                        + " the economy work for everyone,” as she put it on"
                                        + " Wednesday in Raleigh, N.C., where she also promised"
                                        + " to reject “bad trade deals and unfair trade"
                                        + " practices.”"))
                .last()
                .isEqualTo("Marsh");
    }

    @Test
    void aTitledNameOpeningTheSentenceBeforeKeepsThePronounFromTheOneQuotedMost() {
        assertThat(
                        speakers(
                                "Race\n\nAt a town hall meeting in Concord, a young woman asked"
                                        + " Lena Marsh about her husband.\n\n“You say that all"
                                        + " victims should be believed,” the woman said."
                                        + " “Should we believe them as well?”\n\nMrs. Marsh"
                                        + " did not hesitate. “Well, I would say that everybody"
                                        + " should be believed at first,” she said, with an"
                                        + " awkward smile."))
                .last()
                .isEqualTo("Lena Marsh");
    }

    @Test
    void theOneAskedInThePassiveDoesNotPutTheQuestion() {
        assertThat(
                        speakers(
                                "Race\n\nIn an interview with The Courier, Tom Brell was asked,"
                                        + " “What’s the most dangerous place you’ve been to?”"))
                .containsExactly("null");
    }

    @Test
    void aVerbFormAfterAPluralPossessiveIsANoun() {
        assertThat(
                        speakers(
                                "Awards\n\nKate Jacobs said that the editors’ email boxes were"
                                        + " “flooded” with messages of support for Voss."))
                .containsExactly("Kate Jacobs");
    }

    @Test
    void aSourceInsideAReportedClauseLeavesTheQuotationToTheReporter() {
        assertThat(
                        speakers(
                                "Vote\n\nWin Hale, a member of the party’s committee, said Tuesday"
                                        + " morning that according to its analysis, the party has"
                                        + " won 82 percent of the nationwide vote, but “we are"
                                        + " still counting the seats.”"))
                .containsExactly("Win Hale");
    }

    @Test
    void aPossessivesDocumentIsTheOwners() {
        assertThat(
                        speakers(
                                "Show\n\nThe tour ended at the ABC studio. When Lena Marsh isn’t"
                                        + " flying, she keeps calm with “family, friends and"
                                        + " faith,” according to her official ABC bio."))
                .containsExactly("Lena Marsh");
    }

    @Test
    void anEditorialBoardWithNoOutletNamedIsThePaperTheStoryNamed() {
        assertThat(
                        speakers(
                                "Race\n\nThe pro-Hale Union Leader, the state's largest"
                                        + " newspaper, ran a front-page editorial on Sunday.\n\n"
                                        + "\"Obsequious pandering to the voters is no plan,\" the"
                                        + " editorial board wrote."))
                .containsExactly("Union Leader");
    }

    @Test
    void aPartyTagsStopAfterALongTitleDoesNotEndTheAttribution() {
        assertThat(
                        speakers(
                                "Tax\n\nIt is bad.\n\n\"Pfizer is gaming the system,\" Senate"
                                        + " Minority Leader Harry M. Reid (D-Nev.) said."))
                .containsExactly("Harry M. Reid");
    }

    @Test
    void aCueInAnAsideOpenedByAsIsNotTheQuestionsAttribution() {
        assertThat(
                        speakers(
                                "Hacks\n\nIf Russia is attempting to destabilize the candidacy —"
                                        + " as many researchers believe, but Moscow strongly"
                                        + " denies — “why wouldn’t you want to raise the"
                                        + " potential?” asked Anita Dunn, now a partner at a"
                                        + " firm."))
                .containsExactly("Anita Dunn");
    }

    @Test
    void theNameOpeningARelativeClauseOrATitleInMarksIsTheSubject() {
        assertThat(
                        speakers(
                                "Valley\n\nTom Brell spoke on Friday.\n\nMr. Slinker, whose"
                                        + " latest start-up, Paradata, uses big data to help"
                                        + " brands find suppliers, said Mr. Brell was a candidate"
                                        + " very much in the spirit of the valley: \"He is a"
                                        + " start-up kind of guy.\"\n\nSam Solovey, a contestant"
                                        + " on Brell's show, \"The Apprentice,\" who went on to"
                                        + " work alongside Brell, said his boss was \"always"
                                        + " kind.\""))
                .containsExactly("Slinker", "Sam Solovey");
    }

    @Test
    void aCandidatesNamedCampaignIsHisNotAFirmSharingTheName() {
        assertThat(
                        speakers(
                                "Race\n\nTom Brell has spent heavily. Brell Restaurants LLC was"
                                        + " paid $125,080, according to records.\n\nThe Brell"
                                        + " campaign on Tuesday responded that it had expanded into"
                                        + " larger quarters. \"Also, Mr. Brell makes a personal"
                                        + " contribution,\" the statement said."))
                .containsExactly("Tom Brell’s campaign");
    }

    @Test
    void aDocumentWhoseAdjectiveNamesItsIssuerSpeaksAsWritten() {
        assertThat(
                        speakers(
                                "Hack\n\nSome lawmakers had mentioned Ostrava as a possible"
                                        + " suspect, but the report on Wednesday cited a 2013"
                                        + " memo.\n\n\"Even the former chairwoman's computer had"
                                        + " been hacked,\" the congressional report said."))
                .containsExactly("the congressional report");
    }

    @Test
    void aPartialQuotationInAClauseJoinedByWhileIsItsOwnSubjects() {
        assertThat(
                        speakers(
                                "Race\n\nTom Brell signed an order on Monday, while Mike Hale, the"
                                        + " former governor, wants us to “wake up and smell the"
                                        + " coffee” and said the speaker should resign."))
                .containsExactly("Mike Hale");
    }

    @Test
    void whatAFrontPageBlaresIsThePapers() {
        assertThat(
                        speakers(
                                "Race\n\nThe Harbour Ledger said Mr. Brell had been “rocked” by Mr."
                                        + " Hale. “Choke!” blared the front page of The Boston"
                                        + " Herald."))
                .containsExactly("Harbour Ledger", "Boston Herald");
    }

    @Test
    void proposedBesideAQuotationIsItsCue() {
        assertThat(
                        speakers(
                                "Refugees\n\nGov. Tom Brell on Monday signed an order to block"
                                        + " refugees, while Mike Hale, the former governor, proposed"
                                        + " we \"wake up and smell the coffee\" and said the"
                                        + " speaker should resign."))
                .containsExactly("Mike Hale");
    }

    @Test
    void aSecondPartialQuotationGoesOnWithTheFirstNotTheSentencesEarlierCue() {
        assertThat(
                        speakers(
                                "Race\n\nSome Democrats said they feared a repeat of Dan Ruiz's"
                                        + " speech at the 1992 convention, when Mr. Ruiz called for"
                                        + " a “cultural war” against “liberals and radicals.”"))
                .containsExactly("Dan Ruiz", "Dan Ruiz");
    }

    @Test
    void aParticipleAfterJoinedRelativeClausesIsTheirAntecedents() {
        assertThat(
                        speakers(
                                "Rally\n\nThe senator was rallying for a 70-year-old academic"
                                        + " named Eric Kingson, who is running for Congress and who"
                                        + " worked the crowd, praising “Bernie's genuineness and"
                                        + " integrity” as he promised to defend Social"
                                        + " Security."))
                .containsExactly("Eric Kingson");
    }

    @Test
    void aDashedNameInAParagraphOfItsOwnSignsTheQuotationBefore() {
        assertThat(
                        speakers(
                                "Checks\n\nHere are the claims we reviewed.\n\n\"Families are"
                                        + " worried about the future of their kids.\"\n\n- Dan"
                                        + " Hale.\n\nThe senator relies on an old figure.\n\n\"I"
                                        + " will look into it.\"\n\n- Lena Marsh.\n\nShe has"
                                        + " been looking into it for a long time."))
                .containsExactly("Dan Hale", "Lena Marsh");
    }

    @Test
    void theVerbOfThoseToldInTheirRelativeClauseIsNoCue() {
        assertThat(
                        speakers(
                                "Race\n\nMr. Hale tells voters who wonder why he cannot summon Tom"
                                        + " Brell's fury that he \"wasn't brought up that way.\""))
                .containsExactly("Hale");
    }

    @Test
    void severalWhomTheWriterDoesNotNameSpeakAsWritten() {
        assertThat(
                        speakers(
                                "Schools\n\nTom Brell spoke first.\n\nSeveral said they would"
                                        + " rather federal officials dole out funding in “block"
                                        + " grants” to states."))
                .containsExactly("Several");
    }

    @Test
    void anAdjectiveMadeOfAPersonsNameIsNoSpeaker() {
        assertThat(
                        speakers(
                                "Race\n\nDonald Brell leads the field.\n\nMr. Brell was quick"
                                        + " in pouncing on news that Mrs. Marsh's server had"
                                        + " handled messages later deemed “top secret,” saying in a"
                                        + " Brellian post on Twitter: “The new email release is a"
                                        + " disaster for Lena Marsh.”"))
                .doesNotContain("Brellian");
    }

    @Test
    void oneDocumentAmongManySpeaksAsWritten() {
        assertThat(
                        speakers(
                                "Grief\n\nThe United States sent condolences.\n\nTwitter became a"
                                        + " place to offer support. One tweet said: “This is very"
                                        + " very sad.”"))
                .containsExactly("One tweet");
    }

    @Test
    void anOutletNamedWithTvInCapitalsIsStillCredited() {
        assertThat(
                        QuoteExtractorTest.quotes(
                                        "Fares\n\nOwners Association chairman Simon Chebet told"
                                                + " Citizen TV that fares would rise from"
                                                + " Wednesday.\n\n“We cannot operate at a"
                                                + " loss,” Chebet said.")
                                .stream()
                                .map(Quote::outlet))
                .containsExactly("Citizen TV");
    }

    @Test
    void aQuotationAfterAClauseOfItsOwnDoesNotGoOnWithTheOneBefore() {
        assertThat(
                        speakers(
                                "Plan\n\nCity officials said Tom Brell called the plan “a"
                                        + " disaster” and they would “fight it.”"))
                .containsExactly("Tom Brell", "officials");
    }

    @Test
    void aCueInAnAsideOfTheNextSentenceLeavesTheQuotationWithItsSpeaker() {
        assertThat(
                        speakers(
                                "Vote\n\nHer rival, Tom Brack, stayed home.\n\n“Maybe we are just"
                                        + " trying to let the bully learn,” Brack said. “We are"
                                        + " trying to show some mercy.” Ohio, he said, was"
                                        + " “where we have a chance.”"))
                .containsExactly("Tom Brack", "Tom Brack", "Tom Brack");
    }

    @Test
    void asANameAndItsAppositivePutItBeforeAColonIsThatName() {
        assertThat(
                        speakers(
                                "Vote\n\nDana Quill said the plan was dead. As Wendy Orr, the No. 2"
                                        + " in the council leadership, put it: “This plan will not"
                                        + " pass.”"))
                .containsExactly("Wendy Orr");
    }

    @Test
    void theDotsOfInitialsDoNotMakeATitledNameTooLongToRead() {
        assertThat(
                        speakers(
                                "Court\n\nDana Quill heard the case. A maximum punishment “would"
                                        + " also help deter others,” Assistant U.S. Attorney Maya"
                                        + " D. Song wrote."))
                .containsExactly("Maya D. Song");
    }

    @Test
    void anAppositiveNamingAPlaceAndItsStateRunsToTheCue() {
        assertThat(
                        speakers(
                                "Swap\n\nDana Quill made the deal. “I would have been sitting in"
                                        + " a cell,” Mr. Daniloff, now 81 and retired in"
                                        + " Cambridge, Mass., said by telephone."))
                .containsExactly("Daniloff");
    }

    @Test
    void anOutletOpeningTheClauseSpeaksInItsJoinedVerb() {
        assertThat(
                        speakers(
                                "Speech\n\nDana Quill spoke in 2007. The Harbour Gazette obtained"
                                        + " a video of the speech and said she “steered a middle"
                                        + " ground” in it."))
                .containsExactly("Harbour Gazette");
    }

    @Test
    void aVerbInThePastEndsTheNameBeforeIt() {
        assertThat(
                        speakers(
                                "Speech\n\nDana Quill spoke in 2007. The Harbour Trust obtained a"
                                        + " video of the speech and said she “steered a middle"
                                        + " ground” in it."))
                .containsExactly("Harbour Trust");
    }

    @Test
    void anOutletReportingOnADayThatSpeaksForTheQuotation() {
        assertThat(
                        speakers(
                                "Probe\n\nTom Brell led the inquiry. “It is wide,” he said.\n\n"
                                        + "The Harbour Gazette reported on Thursday that “agents"
                                        + " are looking at the code.”"))
                .containsExactly("Tom Brell", "Harbour Gazette");
    }

    @Test
    void aCueInAnAsideAfterANameIsThePhrasesBeforeIt() {
        assertThat(
                        speakers(
                                "Debate\n\nDana Quill faces Tom Brell tonight. Quill, a top aide"
                                        + " said, “is very confident in the contrast” between"
                                        + " them."))
                .containsExactly("a top aide");
    }

    @Test
    void aShareOfThoseAskedSpeaksAsWritten() {
        assertThat(
                        speakers(
                                "Poll\n\nDana Quill leads Tom Brell. Asked how likely Quill was to"
                                        + " win, 21 percent said “not too likely.” About four in"
                                        + " 10 said they were “angry” with the council. While"
                                        + " those surveyed said Brell has the “best"
                                        + " experience,” Quill is trusted most."))
                .containsExactly("21 percent", "About four in 10", "those surveyed");
    }

    @Test
    void hardTimesNamedInCapitalsAreNoOne() {
        assertThat(
                        speakers(
                                "Net\n\nIn the depths of the Great Recession, Paul Ryde worried"
                                        + " that the safety net was becoming “a hammock that lulls"
                                        + " people.”"))
                .containsExactly("Paul Ryde");
    }

    @Test
    void aDashedSignatureMayAddWhereOrHowAfterAComma() {
        assertThat(
                        speakers(
                                "Notebook\n\n“He can have briefings,” Reid said.\n\n“Great"
                                        + " speech. She is ready.”\n\n-Mayor Dana Quill,"
                                        + " tweeting after the speech.\n\n“The whole idea is"
                                        + " something we hear all the time.”\n\n-Tom Brell,"
                                        + " Westmark."))
                .containsExactly("Reid", "Dana Quill", "Tom Brell");
    }

    @Test
    void aNounAfterAPluralOwnerIsNoEarlierCue() {
        assertThat(
                        speakers(
                                "Water\n\nMayor Karen Weaver met Tom Brell on Monday.\n\n"
                                        + "Weaver didn’t seem impressed with Brell’s comments"
                                        + " Tuesday, telling reporters, “A lot of people said he"
                                        + " should step down.”\n\nWeaver didn’t seem impressed"
                                        + " with Sanders’ comments Tuesday, telling reporters, “A"
                                        + " lot of people said so.”"))
                .containsExactly("Karen Weaver", "Karen Weaver");
    }

    @Test
    void aQuotationEndingInAQuotationWithAStopEndsAnUtterance() {
        assertThat(
                        speakers(
                                "Loudoun\n\nParty leaders say the visits included questions. “He"
                                        + " just stopped and said, ‘We have got to win"
                                        + " Loudoun.’” Tom Estrada, the chairman for the exurb,"
                                        + " said of the encounter."))
                .containsExactly("Tom Estrada");
    }

    @Test
    void aNameAfterANounForNoPersonOpensAClauseOfItsOwn() {
        assertThat(
                        speakers(
                                "Emails\n\nDana Quill passed around emails in a way FBI Director"
                                        + " Sam Coyle slammed as “extremely careless,” and Quill"
                                        + " has apologized."))
                .containsExactly("Sam Coyle");
    }

    @Test
    void aPrepositionOpeningASentenceIsNoPartOfTheNameAfterIt() {
        assertThat(
                        speakers(
                                "Plans\n\nMrs. Dana Quill spoke on Monday. Absent Brell's plan,"
                                        + " which he has not introduced, Quill pointed to the"
                                        + " times Brell has laid out a plan.\n\n“And it's a bit"
                                        + " concerning to me,” she went on."))
                .containsExactly("Dana Quill");
    }

    @Test
    void aRelativeClauseAfterARoleInAppositionIsTheNamesBeforeIt() {
        assertThat(
                        speakers(
                                "Emails\n\nMrs. Dana Quill said the emails were fine.\n\n"
                                        + "Quill's position was supported Friday by Sen. Mary Feld,"
                                        + " the ranking Democrat on the committee, who said none"
                                        + " of the emails originated with Quill.\n\n“It has"
                                        + " never made sense to me,” she said in a statement."))
                .containsExactly("Mary Feld");
    }

    @Test
    void anEditorialThatReadsIsThePapersWords() {
        assertThat(
                        speakers(
                                "Spine\n\nTom Grass has been taking heat back home. “There are"
                                        + " invertebrates with more spine,” reads a Wednesday"
                                        + " editorial in The Harbour Gazette.\n\nMrs. Dana Quill"
                                        + " stayed away. “Quill should come to Westmark,” the"
                                        + " editorial said."))
                .hasSize(2)
                .allSatisfy(speaker -> assertThat(speaker).endsWith("Harbour Gazette"));
    }

    @Test
    void thoseAPhraseOpenedByWithNamesChantAsWritten() {
        assertThat(
                        speakers(
                                "Pride\n\nDana Quill marched. Westmark was on their minds, with"
                                        + " many marchers and spectators chanting “We are"
                                        + " Westmark.”"))
                .containsExactly("many marchers and spectators");
    }

    @Test
    void mostOrAnotherOpeningTheirCueSpeakAsWritten() {
        assertThat(
                        speakers(
                                "Poll\n\nDana Quill led. Nine of 10 voters were worried; most"
                                        + " said they were “very worried.”\n\nDavid Waters"
                                        + " replied. Waters tweeted, “Quill did the same.”"
                                        + " Another tweeted, “Quill is above the rules.”"))
                .containsExactly("most", "David Waters", "Another");
    }

    @Test
    void aNameAndItsCueHoldAgainstAWordQuotedAgainBelow() {
        assertThat(
                        speakers(
                                "Plans\n\nTom Brell says parts of his plans are “negotiable,” but"
                                        + " not the wall.\n\nIn an interview with Dana Quill,"
                                        + " Brell answered questions.\n\n“They said it is"
                                        + " negotiable on the wall,” Quill said."))
                .containsExactly("Tom Brell", "Dana Quill");
    }

    @Test
    void theObjectsInAnOpeningPhraseAreNoSubjectAndAnOwnedRoleIsNotItsOwner() {
        assertThat(
                        speakers(
                                "Camp\n\nIn response to Tom Brell's proposal to bar Muslims from"
                                        + " entering the country, Dana Quill's right-hand woman"
                                        + " rallied supporters, saying: “We have to be ready to"
                                        + " stop him.”"))
                .containsExactly("Dana Quill's right-hand woman");
    }

    @Test
    void aPlaceAndItsAgencyBeforeADashAreADateline() {
        assertThat(
                        speakers(
                                "Vote\n\nWashington (AFP) - Democrat Dana Quill has taken a swipe at"
                                        + " Tom Brell's stance, saying that “bombastic comments”"
                                        + " do more harm than good."))
                .containsExactly("Dana Quill");
    }

    @Test
    void aLongUnnamedSourceIsReadToTheNounItsOwnerHas() {
        assertThat(
                        speakers(
                                "Pac\n\nTom Brell proposed to bar Muslims from entering.\n\n“It"
                                        + " is a way to participate without supporting Brell,”"
                                        + " says a source involved in the group's creation."))
                .containsExactly("a source involved in the group's creation");
    }

    @Test
    void aCueClosingTheSentenceMayBeFollowedByWhereItWasSaid() {
        assertThat(
                        speakers(
                                "Ceiling\n\nMrs. Dana Quill won on Tuesday. Democrats had “put"
                                        + " the biggest crack” yet in the glass ceiling, she said"
                                        + " in a video message to the convention."))
                .containsExactly("Dana Quill");
    }

    @Test
    void anOwnerAfterAVerbIsItsObjectNotWhomTheNextHeMeans() {
        assertThat(
                        speakers(
                                "Scranton\n\nJoe Bidwell rubbished Tom Brell's claim to"
                                        + " understand the middle class.\n\n“To repeat myself,"
                                        + " it is malarkey,” he said."))
                .containsExactly("Joe Bidwell");
    }

    @Test
    void aParticipleAfterAnOpeningPhraseGoesOnWithIt() {
        assertThat(
                        speakers(
                                "Gallery\n\nRuth Adebanjo painted rooms until 1997. Kemi Larkin"
                                        + " admires her. “I sat down on the floor,” she"
                                        + " says.\n\nIn the vitrine is the diary entry from the"
                                        + " day Adebanjo finished it, written in a shaky hand:"
                                        + " “Left the window open.”"))
                .containsExactly("Kemi Larkin", "Ruth Adebanjo");
    }

    @Test
    void aKinNounAfterAnOwnerIsTheRelativeNamedNearby() {
        assertThat(
                        speakers(
                                "Memoir\n\nComedian Tom Brell's older sister has hit back at his"
                                        + " memoir, insisting she is “not the villain” of their"
                                        + " family story.\n\nClaire Brell, 49, said she had been"
                                        + " “blindsided” by the book."))
                .containsExactly("Claire Brell", "Claire Brell");
    }

    @Test
    void aPronounOpeningTheSentenceOwnsAPartialQuotationAfterANameItMentions() {
        assertThat(
                        speakers(
                                "Advice\n\nJohn Bolten said he would advise Tom Brell on"
                                        + " the “threats out there.”\n\nHe anticipated that one of the biggest"
                                        + " challenges for a President Brell would be “dealing"
                                        + " with the problems he inherits.”"))
                .containsExactly("John Bolten", "John Bolten");
    }

    @Test
    void aQuestionAskedBySomeoneIsTheAskers() {
        assertThat(
                        speakers(
                                "Show\n\nTom Brell said the story had moved on.\n\nBrell was"
                                        + " asked by host Bill Marr, who is supporting Brell but has"
                                        + " previously dismissed the story about the emails, “Now,"
                                        + " you famously said the story was over?”"))
                .containsExactly("Bill Marr");
    }

    @Test
    void aParticipleAfterCommentsSomeoneMadeIsTheMakers() {
        assertThat(
                        speakers(
                                "Bubble\n\nDana Quill attacked Tom Brell. Her attacks were echoed"
                                        + " by her campaign and Democrats across the country, who"
                                        + " highlighted comments Brell made in 2006 saying he"
                                        + " “sort of hopes” the bubble would burst."))
                .containsExactly("Tom Brell");
    }

    @Test
    void aPronounBothClausesOpenWithIsNotANameTheFirstClauseMentions() {
        assertThat(
                        speakers(
                                "Rally\n\nTom Brell, who won three states, is calling for rivals"
                                        + " to quit.\n\nThough he did not mention Dan Marwick or"
                                        + " Joe Kessel by name, he made it clear they should go."
                                        + "\n\nHe asked them to “prayerfully consider” their"
                                        + " campaigns."))
                .containsExactly("Tom Brell");
    }

    @Test
    void aNameSomeoneFiredBackAtIsStillAPerson() {
        assertThat(
                        speakers(
                                "Debate\n\nEarly on, Chris Dorsey lit into Dan Marwick for giving"
                                        + " the same speech.\n\nMarwick fired back at Dorsey over"
                                        + " the budget.\n\nThe moderators wanted to move on, but"
                                        + " Dorsey wasn't having it.\n\n\"You see, everybody,"
                                        + " that is what he does,\" he said."))
                .containsExactly("Chris Dorsey");
    }

    @Test
    void theModeratorIsNeverTheOneAsked() {
        assertThat(
                        speakers(
                                "Debate\n\nTom Brell was asked a question about the police.\n\n"
                                        + "\"Many argue that phones expose it,\" the moderator"
                                        + " said.\n\nBrell agreed that a rift exists. \"They sue,\""
                                        + " he said."))
                .containsExactly("the moderator", "Tom Brell");
    }

    @Test
    void aHeadlineClosingWithACueIsWhollyItsSpeakers() {
        assertThat(
                        withBasis(
                                "‘Stage Hog’ Tom Brell Is The Worst Guest Ever, Dana Quill Says\n\n"
                                        + "Tom Brell has talked over every guest this season.",
                                true))
                .containsExactly("Dana Quill (NAMED)");
    }

    @Test
    void aBodysMemberIsNoOneNamedInAnotherRole() {
        assertThat(
                        speakers(
                                "Rent\n\nTom Brell charged his campaign for rent. The bulk now"
                                        + " comes from donors.\n\n\"Nobody cares when you spend"
                                        + " your own money,\" the RNC member said."))
                .containsExactly("the RNC member");
    }

    @Test
    void anAdverbBeforeTheCueKeepsThePronounOnTheOneNamedLast() {
        assertThat(
                        speakers(
                                "Lunch\n\nDan Marwick said the menu was fine. \"We liked it,\""
                                        + " Marwick said. \"It was cheap,\" he said.\n\nMarwick"
                                        + " suggested that a photo of Tom Brell might look"
                                        + " condescending. The photo went out. Brell himself was"
                                        + " delighted. \"The people who were offended were people"
                                        + " we wanted to offend,\" he later said."))
                .containsExactly("Dan Marwick", "Dan Marwick", "Tom Brell");
    }

    @Test
    void aPhotographersCreditNamesNoOneWhoSpeaks() {
        assertThat(
                        speakers(
                                "Clip\n\nDan Marwick posted the clip on Thursday.\n\nJoe Kessel"
                                        + " via Getty Images.\n\n\"What if it rained?\" the"
                                        + " 43-year-old asked.\n\nPhoto: Tom Brell\n\n\"It did,\""
                                        + " he said."))
                .containsExactly("Dan Marwick", "Dan Marwick");
    }

    @Test
    void itAfterSomeonesCampaignIsTheCampaign() {
        assertThat(
                        speakers(
                                "Abortion\n\n\"There has to be some punishment,\" Dan Marwick"
                                        + " said.\n\nMarwick’s campaign backtracked, putting out a"
                                        + " statement. In cases of abortion, it said, \"the woman"
                                        + " is a victim.\""))
                .containsExactly("Dan Marwick", "Dan Marwick’s campaign");
    }

    @Test
    void aRelativeClausesVerbIsNotTheQuotationsCue() {
        assertThat(
                        speakers(
                                "Tweets\n\nTom Brell spoke on Sunday.\n\nHe said that the rival"
                                        + " campaign’s announcement, which some have argued was a"
                                        + " ploy, was an \"insult\" to his volunteers.\n\nReporter"
                                        + " Dana Quill tweeted back at Brell, pointing out the irony"
                                        + " coming from a candidate who promised mass deportation:"
                                        + " \"Your plan is to deport millions.\""))
                .containsExactly("Tom Brell", "Dana Quill");
    }

    @Test
    void theAuthorsOfADocumentAreThePeopleNotTheDocument() {
        assertThat(
                        speakers(
                                "Party\n\nTom Brell won the nomination.\n\n\"We have to engage"
                                        + " them,\" wrote the authors of the report.\n\n\"Be brave,\""
                                        + " wrote the authors of the \"Growth Project,\" giving an"
                                        + " example."))
                .containsExactly("the authors of the report", "the authors");
    }

    @Test
    void theNetworkIsTheBroadcasterJustNamed() {
        assertThat(
                        speakers(
                                "Forum\n\nThe forum was held at the Kestrel Institute of Politics"
                                        + " on Friday.\n\nCNN was quick to push back after Tom Brell"
                                        + " blamed the network for the report.\n\nIn a statement,"
                                        + " the network said that his account was \"false.\""))
                .containsExactly("CNN");
    }

    @Test
    void aOneWordProgrammeOfAnOutletIsNoQuotationThatCutsTheSentence() {
        assertThat(
                        speakers(
                                "Today\n\nSen. Tom Brell visited NBC’s \"Today\" to discuss his"
                                        + " remarks about his rival, Dana Quill, saying \"on her"
                                        + " worst day\" she would be \"a better president\" than"
                                        + " any other."))
                .containsExactly("Tom Brell", "Tom Brell");
    }

    @Test
    void aPronounAfterAQuotationAColonOpenedIsTheClausesSubject() {
        assertThat(
                        speakers(
                                "Manners\n\nDan Marwick spoke on Sunday.\n\nC. Boyden Kessel, who"
                                        + " served as counsel, ticked through the code of conduct:"
                                        + " \"Good manners were assumed,\" he said."))
                .containsExactly("C. Boyden Kessel");
    }

    @Test
    void aPronounRepeatedPastCommasInTheOpeningClauseIsStillTheSame() {
        assertThat(
                        speakers(
                                "Stage\n\nTom Brell has courted farmers.\n\nWhen he took the stage"
                                        + " after Mr. Joe Kessel's introduction, at a theater in"
                                        + " Ashby, he said the key was simple. \"We have to wake"
                                        + " up,\" he said."))
                .containsExactly("Tom Brell");
    }

    @Test
    void theOneAWinLedToDeclareIsTheSpeakerAndBeginningADeedIsNoCue() {
        assertThat(
                        speakers(
                                "Win\n\nTom Brell won in Ohio, while Dana Quill had a strong win"
                                        + " that led her to declare that the nomination was \"in"
                                        + " sight.\"\n\nBut Ms. Quill would do well to begin"
                                        + " \"building bridges\" to Mr. Kessel, said Joe Marwick, a"
                                        + " former strategist."))
                .containsExactly("Dana Quill", "Joe Marwick");
    }

    @Test
    void aCueWordAfterADeterminerPastAnAppositiveIsANoun() {
        assertThat(
                        speakers(
                                "Riders\n\nDana Quill expressed frustration in an interview that allies"
                                        + " were acting as \"free riders.\" Tom Brell, the"
                                        + " presumptive nominee, has been even more scathing in his"
                                        + " remarks."))
                .containsExactly("Dana Quill");
    }

    @Test
    void theCandidateIsTheContenderIntroduced() {
        assertThat(
                        withBasis(
                                "Tom Brell Defends Himself Against Claims.\n\nGOP presidential"
                                        + " contender and former neurosurgeon Tom Brell responded on"
                                        + " Sunday to accusations.\n\n\"Show me somebody who is"
                                        + " accurate,\" Brell told ABC’s Dan Marwick by phone.\n\nThe"
                                        + " candidate also continued to refute a Politico story"
                                        + " about his claim.\n\n\"Those are the words that they would"
                                        + " use,\" he said.",
                                true))
                .containsExactly("Tom Brell (NAMED)", "Tom Brell (REFERENCE)");
    }

    @Test
    void theBoyIsTheChildWhoSpokeNotTheManNamedBefore() {
        assertThat(
                        speakers(
                                "Wall\n\nTom Brell spoke about the wall. The last question was from"
                                        + " a young child, who said he and his father drove from"
                                        + " Ashby.\n\n\"How big is that wall?\" asked the boy, who"
                                        + " was wearing a hat."))
                .containsExactly("a young child");
    }

    @Test
    void theyAfterAPartysMembersOpeningTheSentenceIsThem() {
        assertThat(
                        speakers(
                                "Zika\n\nThe plan would not fund clinics like Kestrel Health. Senate"
                                        + " Democrats blocked the bill because they said the"
                                        + " language was a \"poison pill.\""))
                .containsExactly("Senate Democrats");
    }

    @Test
    void wordsReportedThroughThatAreTheCueBeforesNotOneOfThePeopleForAName() {
        assertThat(
                        speakers(
                                "Case\n\nBut even as Tom Brell claimed on Tuesday that \"General"
                                        + " Kessel got in trouble for far less,\" one of the former"
                                        + " prosecutors for Joe Kessel said the cases differed."
                                        + "\n\n\"They are not alike,\" one of the lawyers for Joe"
                                        + " Kessel said."))
                .containsExactly("Tom Brell", "one of the lawyers for Joe Kessel");
    }

    @Test
    void aTimePhraseBeforeAnOpeningClauseIsNotTheSubject() {
        assertThat(
                        speakers(
                                "Pledge\n\nLast month, when I asked Tom Brell if he would back"
                                        + " Joe Kessel, he smiled at my camera and said, \"I will"
                                        + " back you!\""))
                .containsExactly("Tom Brell");
    }

    @Test
    void wordsInsideAClaimThatIsSomeonesAreTheirs() {
        assertThat(
                        speakers(
                                "Audit\n\nAnn Dorsey has been battered by the fallout from the"
                                        + " FBI's audit of her use of a private email server and by"
                                        + " FBI Director Tom Brell's conclusion that her actions"
                                        + " were \"extremely careless.\"\n\nJoe Kessel rubbished"
                                        + " Ann Dorsey's claim that the audit was \"a witch"
                                        + " hunt.\""))
                .containsExactly("Tom Brell", "Ann Dorsey");
    }

    @Test
    void aConclusionInsideAnotherReportIsItsOwners() {
        assertThat(
                        speakers(
                                "Race\n\nThe candidates say they are not avoiding Ann Dorsey, who"
                                        + " has been battered by the fallout from the FBI's audit"
                                        + " of her use of a private email server and by FBI"
                                        + " Director Tom Brell's conclusion that her actions were"
                                        + " \"extremely careless.\""))
                .containsExactly("Tom Brell");
    }

    @Test
    void aSpeakerIsAnOfficeBeforeANameAndARoleAfterIt() {
        assertThat(
                        speakers(
                                "House\n\n\"We are not there yet,\" said Speaker of the House"
                                        + " Tom Brell.\n\nPopular motivational speaker Lance Varn"
                                        + " believes he has a message for Joe Kessel. In the video,"
                                        + " he sends it to Kessel's lawyer.\n\n\"My dear Ann"
                                        + " Dorsey,\" the conference speaker says into the"
                                        + " camera."))
                .containsExactly("Tom Brell", "Lance Varn");
    }

    @Test
    void aCueClosingTheSentenceWithARoleBeforeTheNameTakesItsEarlierQuotations() {
        assertThat(
                        speakers(
                                "Inquiry\n\nThe bureau looked for a connection between Omar Vell"
                                        + " and Ned Brell and did not find \"ties of any"
                                        + " consequence,\" aside from the two men knowing each"
                                        + " other \"casually\" from the same mosque, said the"
                                        + " bureau's director, Ann B. Dorsey, on Monday."))
                .containsExactly("Ann B. Dorsey", "Ann B. Dorsey");
    }

    @Test
    void aFragmentAfterAPronounInASentenceNamingNoOneIsTheirs() {
        assertThat(
                        speakers(
                                "Tweets\n\nTom Brell tweeted twice on Sunday. His rival Ann"
                                        + " Dorsey did not.\n\nThen came"
                                        + " another tweet about the storm, followed by one in"
                                        + " which he took credit for \"being right on the"
                                        + " weather.\""))
                .containsExactly("Tom Brell");
    }

    @Test
    void aLongOpeningClauseIsReadPastToTheSubject() {
        assertThat(
                        speakers(
                                "Flight\n\nLabor Secretary Tomas Varn flew to Ashby. On the"
                                        + " flight, Ted Brell said he did not recognize the"
                                        + " passenger. When told Varn was in the mayor's Cabinet"
                                        + " and in the running for an even bigger job in a"
                                        + " potential Kessel White House, Brell thought for a"
                                        + " moment and said that in the current climate, \"I"
                                        + " think it is an advantage not to be a celebrity.\""))
                .containsExactly("Ted Brell");
    }

    @Test
    void someoneCalledByANameAlreadyMetIsCalledSomethingNotNamed() {
        assertThat(
                        speakers(
                                "Ban\n\nTom Brell is in trouble. The proposal prompted a debate;"
                                        + " one lawmaker called Brell \"the orange prince.\""))
                .containsExactly("one lawmaker");
    }

    @Test
    void anUnnamedSubjectAfterAClauseNamingSomeoneElseIsTheOneTheRoleMeans() {
        assertThat(
                        speakers(
                                "Leave\n\nAs Ann Dorsey delivered her speech, a fashion designer"
                                        + " for Kessel Group watched from her home and rolled her"
                                        + " eyes.\n\n\"It is hard enough,\" said the designer,"
                                        + " who works for another brand."))
                .containsExactly("a fashion designer for Kessel Group");
    }

    @Test
    void whatSomeoneCalledAPersonInAnAsideIsTheirs() {
        assertThat(
                        speakers(
                                "Anchors\n\nTom Brell hosts a show. Mr. Brell is, as one critic"
                                        + " called him last week, a \"Manchurian anchor.\""))
                .containsExactly("one critic");
    }

    @Test
    void aCapitalisedWordOpeningASentenceBeforePeopleInThePluralNamesNoOne() {
        assertThat(
                        speakers(
                                "March\n\nTom Brell spoke on Friday. Small groups of protesters"
                                        + " marched through Ashby, looping the streets around the"
                                        + " stadium - where the Ashby Rovers played the Vale"
                                        + " Wanderers - while chanting, \"Hands up, don't shoot.\""))
                .containsExactly("Small groups");
    }

    @Test
    void theArticlesOwnPronounOutweighsTheGenderAGivenNameGuesses() {
        assertThat(
                        speakers(
                                "Charters\n\nAnn Dorsey is running for governor.\n\n\"We talk"
                                        + " a lot,\" said Marty Walz, chair of the council.\n\nWalz"
                                        + " approaches it a bit more diplomatically. She said she"
                                        + " would rather see money spent to elect Ann Dorsey.\n\n"
                                        + "\"They are trying to defeat opportunity for kids,\" she"
                                        + " said."))
                .containsExactly("Marty Walz", "Marty Walz");
    }

    @Test
    void anItThatMayBeSayingSomethingIsNoOneWhoSpokeBefore() {
        assertThat(
                        speakers(
                                "Coping\n\n\"You're not alone,\" says Tom Brell.\n\nHave a"
                                        + " strategy. It may be saying something like, \"We"
                                        + " will get there,\" agreeing to disagree."))
                .containsExactly("Tom Brell", "null");
    }

    @Test
    void aPronounAfterATimeAndAnOpeningClauseIsTheMainClausesSubject() {
        assertThat(
                        speakers(
                                "Donors\n\nAnn Dorsey spoke to donors. Tom Brell gave money.\n\n"
                                        + "The next year, when Dorsey won her lead over Neil"
                                        + " Haddad in the primaries, Brell sent her team a"
                                        + " message.\n\n\"We are so very happy,\" he wrote."))
                .containsExactly("Tom Brell");
    }

    @Test
    void herCampaignIsNoGroupOfBodiesThatSpokeBefore() {
        assertThat(
                        speakers(
                                "Funds\n\nAnn Dorsey is running for the Senate. Reporters got"
                                        + " the data from the Kessel Trust and the Ashby Policy"
                                        + " Centre.\n\nThe companies, which gave few answers, said"
                                        + " they had done nothing improper.\n\n\"We have no"
                                        + " record of Ann Dorsey meeting them,\" her campaign"
                                        + " said."))
                .containsExactly("Ann Dorsey’s campaign");
    }

    @Test
    void theRoleAfterOneIntroducedWithWordsBeforeItsNounIsThatOne() {
        assertThat(
                        speakers(
                                "Memo\n\nTom Brell ran the consultancy for years. The fees rose"
                                        + " in 2011, which raised red flags for an internal"
                                        + " company fraud investigator, who expressed alarm.\n\n"
                                        + "\"It appears Kessel is paying for connections,\" the"
                                        + " investigator wrote."))
                .containsExactly("the investigator");
    }

    @Test
    void aNameDescribingAGroupIsNoOneAPronounMeans() {
        assertThat(
                        speakers(
                                "Campus\n\nTom Brell is running.\n\nSome conservatives"
                                        + " worried.\n\nBrell backers on campus looked to Neil"
                                        + " Kukura, who had revived the club, to take a stand. He"
                                        + " declined.\n\n\"We were a new club,\" he said."))
                .containsExactly("Neil Kukura");
    }

    @Test
    void anUnnamedSubjectGivenANameIsThatPerson() {
        assertThat(
                        speakers(
                                "Campus\n\nStudents chalked the sidewalk.\n\nA freshman named"
                                        + " Ann Dorsey posted a picture of it online.\n\n\"Super"
                                        + " proud of our art,\" she tweeted."))
                .containsExactly("Ann Dorsey");
    }

    @Test
    void thoseSpokenOfInTheSentenceClosingAQuotationDoNotStopTheNextParagraphGoingOn() {
        assertThat(
                        speakers(
                                "Emails\n\nAn email sent by aide Ann Dorsey to the chairman shows"
                                        + " what they knew.\n\n\"Suggest Neil talk to Tom. Tom has"
                                        + " been asked about that,\" she wrote, speaking of adviser"
                                        + " Neil Haddad and press secretary Tom Brell.\n\n\"I"
                                        + " recollect that Tom was also asked about her account.\""))
                .containsExactly("Ann Dorsey", "Ann Dorsey");
    }

    @Test
    void whoDeridedSomethingInQuotationMarksUsedTheWords() {
        assertThat(
                        speakers(
                                "Party\n\nTom Brell began by telling progressives to quit making"
                                        + " trouble. Former spokesman Neil Haddad derided and"
                                        + " insulted \"the professional left\" in press"
                                        + " conferences."))
                .containsExactly("Neil Haddad");
    }

    @Test
    void theOneAnExchangeHasSayingSomethingSaidIt() {
        assertThat(
                        speakers(
                                "Emails\n\nA March 2 exchange between Brell and campaign aide Ann"
                                        + " Dorsey has Brell saying, \"We are going to have to"
                                        + " dump all those emails.\""))
                .containsExactly("Brell");
    }

    @Test
    void whoSaidItAfterATimeBetweenThePronounAndItsVerb() {
        assertThat(
                        speakers(
                                "Visit\n\nTom Brell has had a frosty relationship with Neil"
                                        + " Haddad, now the majority leader, who in 2010 said the"
                                        + " party's goal was to make Brell a \"one-term"
                                        + " president.\""))
                .containsExactly("Neil Haddad");
    }

    @Test
    void whoSoundedOffOnSomeoneSaysWhatTheParticipleAdds() {
        assertThat(
                        speakers(
                                "Remarks\n\nJustice Ann Dorsey regrets her remarks about Tom"
                                        + " Brell.\n\nIn three separate interviews, the justice"
                                        + " sounded off on Brell, saying she didn't \"want to"
                                        + " contemplate\" his candidacy."))
                .containsExactly("Ann Dorsey");
    }

    @Test
    void aParticipleOpeningTheSentenceBeforeAPrepositionIsNoName() {
        assertThat(
                        speakers(
                                "Ryan\n\n\"This is one of those things,\" said Mr. Haddad,"
                                        + " adding that he did not think the party \"will get"
                                        + " there.\"\n\nDashing into a closed-door luncheon of"
                                        + " senators, Senator Ann Dorsey, Republican of Ashby,"
                                        + " called over her shoulder, \"His comments are not"
                                        + " helping.\""))
                .containsExactly("Haddad", "Haddad", "Ann Dorsey");
    }

    @Test
    void aParticipleAfterWhileIsTheSentencesSubjectsNotTheObjectBeforeIt() {
        assertThat(
                        speakers(
                                "Gore\n\nTom Brell is silent.\n\nIn a 2014 interview, Brell"
                                        + " insisted it was \"premature\" to back Ann Dorsey's"
                                        + " campaign for president while adding on climate"
                                        + " matters, \"I don't have any doubt that her heart is"
                                        + " in the right place.\""))
                .containsExactly("Tom Brell", "Tom Brell");
    }

    @Test
    void whereTheWordsWereGivenIsNoPartOfWhoGaveThem() {
        assertThat(
                        speakers(
                                "Ads\n\nTom Brell released a second ad on Thursday; Mayor"
                                        + " Neil Haddad backed it.\n\n\"Decades"
                                        + " of lies have caught up with Ann Dorsey,\" said the"
                                        + " narrator in the 30-second spot.\n\n\"We will build"
                                        + " it,\" said the mayor on Twitter."))
                .containsExactly("the narrator", "Neil Haddad");
    }

    @Test
    void aResolutionSpeaksForTheBodyThatPassedIt() {
        assertThat(
                        speakers(
                                "Vote\n\nThe Ashby City Council on Wednesday approved a resolution"
                                        + " condemning Tom Brell.\n\nThe council voted 6-1 for the"
                                        + " resolution, which said the city \"condemns anti-Muslim"
                                        + " speech from candidate Tom Brell and others.\""))
                .containsExactly("Ashby City Council");
    }

    @Test
    void aPronounAfterAsForIsTheTopicNamed() {
        assertThat(
                        speakers(
                                "Race\n\nSenator Vance Orrick spoke on Monday. “We will win,” the"
                                        + " senator said.\n\nAs for Dale Pimm, he said he is not"
                                        + " worried. “I will have the votes,” he said."))
                .containsExactly("Vance Orrick", "Dale Pimm");
        assertThat(
                        speakers(
                                "Race\n\nLawyer Eli Lerner said of Dale Pimm that he was"
                                        + " funny.\n\nAs for Pimm’s mangling of “Hamas,” Lerner"
                                        + " found comic relief in it. “I needed some carrots,” he"
                                        + " said."))
                .containsExactly("Eli Lerner");
    }

    @Test
    void aRoleBeforeAVerbInTheHeadlineIsNotTheObjectsRole() {
        assertThat(
                        speakers(
                                "Prince mocks Dale Pimm\n\nPrince Omar Bin Fahd mocked Dale Pimm on"
                                        + " Thursday.\n\nIn December, the prince called Pimm \"a"
                                        + " disgrace to all America.\""))
                .containsExactly("Omar Bin Fahd");
    }

    @Test
    void twoAuthorsNamedBeforeTheirAffiliationAreReadFromTheFirst() {
        assertThat(
                        speakers(
                                "Bomb\n\nExperts doubted the claims.\n\n“Tritium would enable"
                                        + " designs with a greater yield,” nuclear experts Dora"
                                        + " Albin and Sela Kemper-Voss of Washington's Institute for"
                                        + " Science and International Security wrote in"
                                        + " September."))
                .containsExactly("Dora Albin");
    }

    @Test
    void thoseWhoDeclaredSomeoneTheVictorDidNotSpeak() {
        assertThat(
                        speakers(
                                "Win\n\n“We are going to start winning again,” Dale Pimm said at"
                                        + " his victory party, two hours after news outlets declared"
                                        + " him the victor in the primary. “You are going to be so"
                                        + " happy.”"))
                .containsExactly("Dale Pimm", "Dale Pimm");
    }

    @Test
    void aRoleSubjectSetOffWithANameIsThatPerson() {
        assertThat(
                        speakers(
                                "Valley\n\nAt my first stop, a pair of men were leaning on a"
                                        + " gatepost.\n\nOne of the men, Jessie Elkin, 70, had served"
                                        + " in the army and said he was sure Mr. Tromp would lead us"
                                        + " to war. The other man, his cousin James Yorke, 40, cited"
                                        + " Mr. Tromp's fondness for President Vlad Puten as a"
                                        + " danger. \"He's talking too much trash,\" he said."))
                .containsExactly("James Yorke");
    }

    @Test
    void aCueAfterACommaWithItsSubjectAfterItIntroducesTheQuotation() {
        assertThat(
                        speakers(
                                "Race\n\nStrategist Simon Rosen spoke on Monday about Hilda"
                                        + " Clanton.\n\nAn easy glide would ensure Clanton is booted"
                                        + " off airwaves, it seems.\n\nBecause of the schedule,"
                                        + " explained Rosen, “with this thing being over by"
                                        + " mid-March, it’s hard to see how Hilda gets a lot of"
                                        + " TV.”"))
                .containsExactly("Simon Rosen");
    }

    @Test
    void aVicePresidentIsNoFormerPresident() {
        assertThat(
                        speakers(
                                "Race\n\nVice President Jon Bidwell weighed in as well, telling"
                                        + " Mic, “They are both qualified,” he said.\n\nBert Clanton"
                                        + " got in on the game, bashing Sandler during a rally in"
                                        + " Brooklyn on Monday. “Sometimes I get the feeling he is"
                                        + " running against me,” the former president said."))
                .containsExactly("Jon Bidwell", "Bert Clanton");
    }

    @Test
    void anOwnersRoleWithAPlaceBeforeItIsTheNameApposed() {
        assertThat(
                        speakers(
                                "Data\n\nIn early October, Tromp’s Virginia state director, Mike"
                                        + " Rubin, reached out to the firm, writing in an email: “We"
                                        + " want to use this now.” Steve Adley, the firm’s owner,"
                                        + " said the campaign has yet to follow up."))
                .containsExactly("Mike Rubin");
    }

    @Test
    void aSpeakersAppositiveIsNoOneElseTakingUpTheSentence() {
        assertThat(
                        speakers(
                                "Syria\n\nSome analysts see Mr. Kerr's drive for a truce as a sign"
                                        + " of weakness.\n\nAny “cleareyed” reading of Mr. Kerr's"
                                        + " actions, said Michael Kofner, an expert on Russia at the"
                                        + " Wilson Center, would see a deal as “the best means of"
                                        + " saving what little is left of the opposition.”"))
                .containsExactly("Michael Kofner", "Michael Kofner");
    }

    @Test
    void aCueInAClauseOfTimeAfterTheAttributionDoesNotTakeOver() {
        assertThat(
                        speakers(
                                "Contracts\n\n“They are not terminable at will,” spokesman Ron"
                                        + " Lieber told the Wall Street Journal in July, after Mayor"
                                        + " Bill de Blaze stated an interest in ending business with"
                                        + " Tromp. “These contracts are fully binding.”"))
                .containsExactly("Ron Lieber", "Ron Lieber");
    }

    @Test
    void aRoleAfterAListOfNamesIsOnlyTheLastNamesRole() {
        assertThat(
                        speakers(
                                "Race\n\nWith most of the attention focused on front-runners Hilda"
                                        + " Clanton, Don Tromp and Ted Crews, the Texas senator"
                                        + " leading the pack, the others were on the"
                                        + " defensive.\n\nClanton spoke in Iowa on Sunday. Her"
                                        + " rivals did too.\n\n“We will win the caucuses,” the"
                                        + " senator said."))
                .containsExactly("Ted Crews");
    }

    @Test
    void aVerbJoinedByAndTakesTheClausesSubjectNotItsObject() {
        assertThat(
                        speakers(
                                "Ad war\n\nSenator Karl Rover spoke in Des Moines on Monday.\n\nThe"
                                        + " senator attacked Hilda Clanton for taking money and"
                                        + " claimed that “Wall Street made her rich.”"))
                .containsExactly("Karl Rover");
    }

    @Test
    void aColonGivesTheQuotationToTheMainClauseNotTheOpeningOne() {
        assertThat(
                        speakers(
                                "Budget\n\nWhen Dale Pimm called the budget a disgrace, Ann Vole"
                                        + " hit back: “He never reads the figures.”"))
                .containsExactly("Ann Vole");
    }

    @Test
    void wordsOpeningASentenceThatIsHowSomeoneDescribedItAreTheirs() {
        assertThat(
                        speakers(
                                "Budget\n\n“A total disgrace” was how Dale Pimm described the"
                                        + " budget on Monday."))
                .containsExactly("Dale Pimm");
    }

    /** "speaker (basis)" for each quotation of {@code text}. */
    private static List<String> withBasis(String text, boolean headline) {
        return QuoteExtractorTest.extract(text, headline).quotes().stream()
                .map(q -> q.speaker() + " (" + q.basis() + ")")
                .toList();
    }

    /**
     * Each quotation says what the text offered for its speaker: a name beside it, a word that
     * refers back, the subject of the sentence a fragment sits in, the quotation it continues, the
     * same words quoted further down, or only the people the passage is about; no basis without a
     * speaker.
     */
    static Stream<Arguments> speakerBases() {
        return Stream.of(
                Arguments.of(
                        "Ashbourne City sack Mark Hollis as chairman admits ‘painful decision’\n\nMark Hollis has been sacked as manager of Ashbourne City. The 47-year-old leaves with the club 18th. He took the club up from the Championship. Results turned in the autumn. Sunday’s defeat was the sixth in a row. Supporters sang his name at the end. The board met on Monday morning.\n\nChairman Richard Tolley said: “The club had to act.”",
                        true,
                        List.of("Richard Tolley (REFERENCE)", "Richard Tolley (NAMED)")),
                Arguments.of(
                        "Taoiseach and Sinn Féin leader clash over Garda numbers\nMinister says 1,000 recruits will be in training, but Opposition says ‘the streets are not safer’\nFiachra Ó Dálaigh\nPolitical Correspondent\nWed Sep 24 2025 - 17:55\nThe Taoiseach has accused Sinn Féin of ‘trying to turn a tragedy into a slogan’ after a heated exchange in the Dáil.\nThe exchange followed the stabbing of a man on Talbot Street.\nGardaí have made one arrest.\nThe man was 24.\nHis family have asked for privacy.\nTaoiseach Ciarán Mulcahy said he would not ‘politicise the death of a young man’.",
                        true,
                        List.of(
                                "Opposition (NAMED)",
                                "Ciarán Mulcahy (REFERENCE)",
                                "Ciarán Mulcahy (NAMED)")),
                Arguments.of(
                        "Jane Doe runs the ferry.\n\n“We are relieved,” Doe said.",
                        false,
                        List.of("Jane Doe (NAMED)")),
                Arguments.of(
                        "Jane Doe runs the ferry.\n\n“We are relieved,” she said. “Nobody was hurt.”",
                        false,
                        List.of("Jane Doe (REFERENCE)", "Jane Doe (CONTINUED)")),
                Arguments.of(
                        "Mayor Tom Hale opened the quay.\n\n“This is a good day,” the mayor said.",
                        false,
                        List.of("Tom Hale (REFERENCE)")),
                Arguments.of(
                        "Tom Hale assailed Ana Ruiz as “the worst harbour master in a generation.”",
                        false,
                        List.of("Tom Hale (SUBJECT)")),
                Arguments.of(
                        "“We are relieved,” Jane Doe said.\n\n“Nobody was hurt, and the quay is safe.”",
                        false,
                        List.of("Jane Doe (NAMED)", "Jane Doe (CONTINUED)")),
                Arguments.of(
                        "‘It is daylight robbery’\n\nPrices at the Harbour Market rose again."
                                + "\n\n“It is daylight robbery,” said Kayla Dobbs, a stallholder.",
                        true,
                        List.of("Kayla Dobbs (REPEATED)", "Kayla Dobbs (NAMED)")),
                Arguments.of(
                        "PM accuses Tory leader of ‘rewriting history’\n\nTom Rendell, the"
                                + " Conservative leader, attacked the government.\n\n“He is"
                                + " rewriting history,” said Helen Ashworth, the prime minister.",
                        true,
                        List.of("Helen Ashworth (REPEATED)", "Helen Ashworth (NAMED)")),
                Arguments.of(
                        "Witness tells trial: ‘I know what I saw’\n\nA man told a jury he saw the"
                                + " defendant with a knife.\n\n“I know what I saw,” Aaron"
                                + " Fitzgerald said.",
                        true,
                        List.of("Aaron Fitzgerald (REPEATED)", "Aaron Fitzgerald (NAMED)")),
                Arguments.of(
                        "Doyle says rival ‘is a YouTube fighter’\n\nMarcus Doyle meets Reece"
                                + " Kavanagh on Monday.\n\n“He is a YouTube fighter,” he said.",
                        true,
                        List.of("Marcus Doyle (NAMED)", "Marcus Doyle (REFERENCE)")),
                Arguments.of(
                        "Marcus Doyle insisted he was no sore loser after his defeat to Reece"
                                + " Kavanagh, but he added: “I won tonight.”\n\nKavanagh was"
                                + " delighted. “I boxed well,” he said. “I won tonight and I will"
                                + " win again.”",
                        true,
                        List.of(
                                "Marcus Doyle (REFERENCE)",
                                "Reece Kavanagh (REFERENCE)",
                                "Reece Kavanagh (CONTINUED)")),
                Arguments.of(
                        "“The fewer launches per mission, the higher the chance of success,” said"
                                + " Doug Cooke, a former NASA official.\n\n“If you don’t have a"
                                + " big booster, you’re not going to make it,” Tom Stafford said."
                                + "\n\n“The fewer launches per mission, the higher the chance of"
                                + " success,” he said again.",
                        false,
                        List.of(
                                "Doug Cooke (NAMED)",
                                "Tom Stafford (NAMED)",
                                "Doug Cooke (REPEATED)")),
                Arguments.of(
                        "“The fewer launches per mission, the higher the chance of success,” said"
                                + " Doug Cooke.\n\nAnn Vey disagreed. “The fewer launches per"
                                + " mission, the higher the chance of success,” she said, is wrong.",
                        false,
                        List.of("Doug Cooke (NAMED)", "Ann Vey (REFERENCE)")),
                Arguments.of(
                        "Coroner finds ‘missed opportunities’ over crossing death\n\nEthan Price, 16,"
                                + " died in March as he cycled over the line.\n\nRecording a"
                                + " conclusion of accidental death, the senior coroner, Alison"
                                + " Mercer, said the lights had been reported as faulty. “There were"
                                + " missed opportunities,” the coroner said.",
                        true,
                        List.of("Alison Mercer (NAMED)", "Alison Mercer (REFERENCE)")),
                Arguments.of(
                        "Jane Doe, a mother of three, is frustrated with the council.\n\n“Nobody listens to us.”",
                        false,
                        List.of("Jane Doe (CONTEXT)")),
                Arguments.of(
                        "The heavyweight Marcus Doyle and the heavyweight Reece Kavanagh met on"
                                + " Monday.\n\nDoyle, 28, has promised to win inside four rounds."
                                + "\n\n“He is a YouTube fighter,” the Salford man said.",
                        false,
                        List.of("Marcus Doyle (REFERENCE)")),
                Arguments.of(
                        "Marisol Quintero-Blake and Annika Sørensen play wives. “It was a gift,”"
                                + " Quintero-Blake, an actor, said.\n\nSørensen said the production"
                                + " felt different. “You notice it,” the Danish actor, 29, said.",
                        false,
                        List.of("Marisol Quintero-Blake (NAMED)", "Annika Sørensen (REFERENCE)")),
                Arguments.of(
                        "The quay reopened.\n\n“Nobody listens to us.”",
                        false,
                        List.of("null (null)")),
                Arguments.of(
                        "“Only a handful of houses have been bought back,” Cr Rob Fennessy said."
                                + "\n\nThe charity is calling on the government to scrap the"
                                + " two-child limit, which it described as “the single biggest"
                                + " driver of child hunger” among families.",
                        false,
                        List.of("Rob Fennessy (NAMED)", "null (null)")),
                Arguments.of(
                        "WASHINGTON — House Speaker Gordon Tillman (R-Ind.) and Minority Leader"
                                + " Darius Reed (D-N.Y.) held dueling news conferences Friday."
                                + "\n\nTillman said Democrats were holding the government"
                                + " hostage. “The House did its job three weeks ago,” he said."
                                + "\n\nAn hour later, Reed stood at the same podium. “The"
                                + " speaker sent the House home,” the New York Democrat said.",
                        false,
                        List.of("Gordon Tillman (REFERENCE)", "Darius Reed (REFERENCE)")),
                Arguments.of(
                        "Minority Leader Darius Reed spoke first. “We are ready,” Reed said.\n\n"
                                + "Asked whether he would call members back to Washington, House"
                                + " Speaker Gordon Tillman had been blunt: “Not to sit around and"
                                + " watch the Senate do nothing, no.”",
                        false,
                        List.of("Darius Reed (NAMED)", "Gordon Tillman (NAMED)")),
                Arguments.of(
                        "WASHINGTON — Sen. Thomas Keagan (R-Ohio), the bill’s lead sponsor, and"
                                + " Sen. Bradley Voss (R-Utah), who argued against it, spoke after"
                                + " the vote.\n\nVoss said the bill was “dead on arrival”.\n\n"
                                + "Voss and Keagan were seen talking at length after the vote."
                                + " Asked what they discussed, the Ohio senator smiled.\n\n“Brad"
                                + " and I agree on about ninety percent of this,” he said.",
                        false,
                        List.of("Bradley Voss (NAMED)", "Thomas Keagan (REFERENCE)")),
                Arguments.of(
                        "Rep. Dennis Hargrove (R-Texas), one of the holdouts, told reporters that"
                                + " leadership had ignored his group. “They want our votes,” he"
                                + " said.\n\nHouse Majority Whip Calvin Pruitt (R-La.) said he was"
                                + " confident. “We've got some family conversations to have,”"
                                + " Pruitt said.\n\nAsked about Pruitt's comments an hour later,"
                                + " the Texas Republican shrugged. “Family conversations usually"
                                + " go both ways,” he said.",
                        false,
                        List.of(
                                "Dennis Hargrove (REFERENCE)",
                                "Calvin Pruitt (NAMED)",
                                "Dennis Hargrove (REFERENCE)")),
                Arguments.of(
                        "Neil Dorsey, chief executive of Southshire Water, ended a live interview"
                                + " on Channel 4 News on Tuesday after being repeatedly asked about"
                                + " his bonus.\n\n“Why should you get a bonus?” presenter Rosa"
                                + " Kendrick asked.\n\n“The bonus was set by the remuneration"
                                + " committee, not by me.”\n\n“Would you give it back?”\n\n"
                                + "“That's a hypothetical.”\n\n“Why does this matter?” Dorsey"
                                + " asked.\n\n“Because the rivers are ours.”",
                        false,
                        List.of(
                                "Rosa Kendrick (NAMED)",
                                "Neil Dorsey (CONTEXT)",
                                "Rosa Kendrick (CONTINUED)",
                                "Neil Dorsey (CONTINUED)",
                                "Neil Dorsey (NAMED)",
                                "Neil Dorsey (CONTINUED)")),
                Arguments.of(
                        "Collingwood coach Darren Fenwick has defended his decision to leave"
                                + " Josh Petrakis out. “He took it like a professional,” Fenwick"
                                + " said.\n\nPetrakis's manager, Luke Haddad, told The"
                                + " Age his client was unhappy. “He wants to play every week,”"
                                + " Haddad said.\n\nThe Magpies coach was unmoved when told of"
                                + " Haddad's comments later in the day. “It's one week. He'll be"
                                + " back.”",
                        false,
                        List.of(
                                "Darren Fenwick (NAMED)",
                                "Luke Haddad (NAMED)",
                                "Darren Fenwick (CONTEXT)")),
                Arguments.of(
                        "Veridian accused of ‘rigging’ search results as case opens\n\nBritain’s competition watchdog has accused Veridian of ‘rigging’ its results.\n\nVeridian, which employs 6,000 people in Britain, denies wrongdoing.",
                        true,
                        List.of(
                                "Britain’s competition watchdog (REPEATED)",
                                "Britain’s competition watchdog (REFERENCE)")),
                Arguments.of(
                        "Declan Furey has admitted he was terrified before filming.\n\nThe Irish"
                                + " actor, 33, stars opposite American actress Brooke Sanders, 40,"
                                + " in the adaptation.\n\nSanders has also praised the coordinator."
                                + " She told the magazine: “It was the safest set I’ve ever worked"
                                + " on.”\n\nThe Irish actor added that his family had been"
                                + " supportive: “My dad rang me after the first episode.”",
                        false,
                        List.of("Brooke Sanders (REFERENCE)", "Declan Furey (REFERENCE)")),
                Arguments.of(
                        "‘Trial will take years’: Delhi HC judge grants bail to businessman\n\nJustice Anil Deshpande granted bail to Raghav Sethi on Monday.",
                        true,
                        List.of("Anil Deshpande (REFERENCE)")),
                Arguments.of(
                        "‘It’s over’ – Smith quits as manager\n\nChairman Bob Jones thanked the team.\n\nTown manager Alan Smith resigned on Friday after a run of defeats.",
                        true,
                        List.of("Alan Smith (NAMED)")),
                Arguments.of(
                        "‘Do not wait’: Residents told to leave now\n\nFire chief Bronwyn Tuckett said the fire was moving fast.",
                        true,
                        List.of("Bronwyn Tuckett (CONTEXT)")));
    }

    @ParameterizedTest
    @MethodSource("speakerBases")
    void eachSpeakerSaysWhatTheTextOfferedForIt(
            String text, boolean headline, List<String> expected) {
        assertThat(withBasis(text, headline)).isEqualTo(expected);
    }

    @Test
    void onlyAGuessFromContextIsNotTheArticlesOwnAttribution() {
        assertThat(SpeakerBasis.CONTEXT.attributed()).isFalse();
        assertThat(SpeakerBasis.REPEATED.attributed()).isFalse();
        assertThat(SpeakerBasis.CONTINUED.attributed()).isTrue();
        assertThat(SpeakerBasis.NAMED.attributed()).isTrue();
    }
}
