package io.storytrace.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.text.Passage;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Span;
import io.storytrace.text.Tokenizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

    static QuoteExtraction extract(String text, boolean headline) {
        Passage passage =
                Passage.of(text, new SentenceSplitter().split(text), headline, new Tokenizer());
        return EXTRACTOR.extract(passage, new NameFinder(NameLexicon.standard()).find(passage));
    }

    /** The text of every span of {@code quotes}, in order. */
    static List<String> spanTexts(List<Quote> quotes, String text) {
        return quotes.stream().flatMap(q -> q.spans().stream()).map(s -> s.of(text)).toList();
    }

    static List<Quote> quotes(String text) {
        return extract(text, false).quotes();
    }

    /** "text | speaker | cue | outlet | kind" for each quote. */
    static List<String> described(String text) {
        return quotes(text).stream()
                .map(
                        q ->
                                q.text()
                                        + " | "
                                        + q.speaker()
                                        + " | "
                                        + q.cue()
                                        + " | "
                                        + q.outlet()
                                        + " | "
                                        + q.kind())
                .toList();
    }

    /** Everyday quoting in news and its traps: the quoted spans each text should give. */
    static Stream<Arguments> everydayQuoting() {
        return Stream.of(
                Arguments.of(
                        List.of("I don't want to talk about this anymore. Just do it."),
                        "Google\n\nAs soon as any argument started to go circular, Page would say, “I don't want to talk about this anymore. Just do it.”"),
                Arguments.of(List.of(), "Google\n\nAs Sherlock would say, “Elementary.”"),
                Arguments.of(
                        List.of("We had no idea how to manage this,"),
                        "Google\n\n“We had no idea how to manage this,” Stacy Sullivan recalled in “I'm Feeling Lucky.”"),
                Arguments.of(
                        List.of(),
                        "Google\n\nSolid ideas won. In “In The Plex,” Steven Levy tells the story of how Page fired the managers."),
                Arguments.of(
                        List.of("just that immediate feeling."),
                        "Wild Rose\n\nJessie Buckley, the star of “Fargo,” said it was “just that immediate feeling.” Her co-star, a veteran of “Wild Rose,” agreed."),
                Arguments.of(
                        List.of(),
                        "Storm\n\nA sign on the door read “Closed until further notice.” A handwritten sign taped to the window read: “Back in 5 minutes.” Shortlisted titles: “The Safekeep” by Yael van der Wouden; “Held” by Anne Michaels. Her TED talk, “The Power of Vulnerability,” has 60 million views."),
                Arguments.of(
                        List.of("We want justice."),
                        "Court\n\nA protester holding a sign outside the court said “We want justice.”"),
                Arguments.of(
                        List.of("anxiety"),
                        "Marines\n\nIn a speech in San Francisco, Gates spoke of \"anxiety\" over the future role of the service. There was talk of \"regime change\" in the capital."),
                Arguments.of(
                        List.of("Achilles heel."),
                        "Stadia\n\nLewis Ward, an analyst at the research firm IDC, sees Stadia's lineup as its \"Achilles heel.\" While the rate is low, the service is new."),
                Arguments.of(
                        List.of(),
                        "Diner closes\n\nA sign taped inside the front window reads simply “Closing Sept. 29. Thank you, Millbrook.”"),
                Arguments.of(
                        List.of(),
                        "Farmers' protest\n\nFarmers brought banners to the capital. One strung between two tractors read “Pas de paysans, pas de pain” — no farmers, no bread."),
                Arguments.of(
                        List.of(),
                        "Fire\n\nThe board filled up with handwritten notes: “Looking for Pete and Marla from Dry Creek Rd,” read one. Another simply said, “Buddy, brown lab, call me.”"),
                Arguments.of(
                        List.of(),
                        "Hoaxes\n\nThe threats were what law enforcement officials describe as “swatting”-style hoaxes, police said."),
                Arguments.of(
                        List.of("This is a disgrace,"),
                        "Housing vote\n\n“This is a disgrace,” council member Harold Sunderland said. He said the council had approved the tower under a provision developers refer to as the “builder’s remedy.” Residents booed."),
                Arguments.of(
                        List.of("so vague that a person of ordinary intelligence"),
                        "Ruling\n\nJudge Raymond Okafor wrote that the ordinance’s definition of “adult cabaret performance” was “so vague that a person of ordinary intelligence” could not know what it barred."),
                Arguments.of(
                        List.of("Nobody asked me,"),
                        "Obituary\n\nClarence Whitfield, a saxophonist, died on Sunday. “Nobody asked me,” he once said.\n\nIn the 1990s, Mr. Whitfield began teaching at a music school in South Memphis, where his students were expected to arrive early, tune up without being told and address him as \"sir.\" He disliked being called a \"legend.\""),
                Arguments.of(
                        List.of("Hold,"),
                        "Shares\n\nShares fell 4%, said Dana Kurtz, an analyst at Danmore Securities, who rates the stock \"underweight.\" Asked what investors should do, Kurtz paused. \"Hold,\" she said."),
                Arguments.of(
                        List.of("manifestly excessive"),
                        "Sentence cut\n\nGiving the court’s judgment, Lady Justice Amberley said the original term was “manifestly excessive” given Ms Kinsella’s personal circumstances."),
                Arguments.of(
                        List.of(),
                        "Words\n\nThe term often used for it is “gaslighting”, and the phrase was “quiet quitting” last year."),
                Arguments.of(
                        List.of("will pass by summer.", "changed my life."),
                        "Senate\n\nAccording to Sen. Mark Ellis, the bill “will pass by summer.” The bill “Safe Streets Act” was filed in May. Ellis said the show “changed my life.” Its chorus, which runs “we were young and we were free”, is sung at rallies."),
                Arguments.of(
                        List.of("not slowing down."),
                        "Apple\n\nSpeaking to “60 Minutes,” Cook said the company was “not slowing down.” Tickets for “Hamilton,” the Broadway hit, sold out, producers said."),
                Arguments.of(
                        List.of(),
                        "Disasters\n\nIn her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of the joy found in disasters."),
                Arguments.of(
                        List.of(
                                "calm and professional",
                                "anti-incumbent mood",
                                "last, best and final"),
                        "Storm\n\nThe chief praised what he called a “calm and professional” response. The mayor blamed what she described as an “anti-incumbent mood”. The union rejected what the company called its “last, best and final” offer."),
                Arguments.of(
                        List.of(),
                        "Storm\n\nThe storm grew fast, a process meteorologists call “rapid intensification.” Rain fell in what forecasters call “training.” Staff have taken to calling it the “Lucia upgrades.” The disease, sometimes called “breakbone fever”, spread. Doctors saw a complication known as “dengue shock syndrome”, which the app refers to as “Echo mode.”"),
                Arguments.of(
                        List.of(
                                "the biggest coordinated smear in its history.",
                                "war of some rather unpleasant words."),
                        "Storm\n\nThe team is denouncing what it calls “the biggest coordinated smear in its history.” Ana Ruiz praised what she calls a “war of some rather unpleasant words.”"),
                Arguments.of(
                        List.of("We will appeal,"),
                        "Vote\n\n“We will appeal,” the mayor’s office said of the so-called “ferry tax,” which passed 5-4."),
                Arguments.of(
                        List.of("a disgrace", "It was, frankly, a disgrace"),
                        "Vote\n\nAna Ruiz called the vote “a disgrace” and said: “It was, frankly, a disgrace”."),
                Arguments.of(
                        List.of("I’m not going anywhere.", "This is my home."),
                        "Vote\n\n‘I’m not going anywhere.’ Ana Ruiz said. ‘This is my home.’"),
                Arguments.of(
                        List.of("I told them, ‘No more’ and I meant it,"),
                        "Vote\n\n“I told them, ‘No more’ and I meant it,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We [the council] made a mistake,"),
                        "Vote\n\n“We [the council] made a mistake,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We made … a mistake,"),
                        "Vote\n\n“We made … a mistake,” Ana Ruiz said."),
                Arguments.of(
                        List.of("Who decides?"),
                        "Vote\n\nAna Ruiz asked: “Who decides?” Nobody answered."),
                Arguments.of(
                        List.of("We lost"), "Vote\n\nAna Ruiz (“We lost”) left the hall early."),
                Arguments.of(
                        List.of("the worst night of my career."),
                        "Vote\n\nIt was, Ana Ruiz said, “the worst night of my career.” She left early."),
                Arguments.of(
                        List.of(),
                        "Vote\n\nThe council watched “Harbour Lights” and then sang “Sail Away” before voting on the “Blue Quay” plan."),
                Arguments.of(
                        List.of("We lost tonight, but we will be back"),
                        "Vote\n\nAna Ruiz posted on X: \"We lost tonight, but we will be back\" — with a photo of the quay."),
                Arguments.of(
                        List.of("mistake."), "Vote\n\nAna Ruiz admitted the vote was a “mistake.”"),
                Arguments.of(
                        List.of("very disappointed"),
                        "Vote\n\nThe mayor said she was “very disappointed” by the result."),
                Arguments.of(
                        List.of("It’s the ’90s all over again,"),
                        "Vote\n\n“It’s the ’90s all over again,” Ana Ruiz said of the rock ’n’ roll era vote."),
                Arguments.of(
                        List.of("Lead from the front,"),
                        "Vote\n\n“Become an online leader” sounds like a tall order. “Lead from the front,” Ana Ruiz said."),
                Arguments.of(
                        List.of("a disgrace"),
                        "Vote\n\nLocals have taken to calling the row of vans along Cobb Street “the new subdivision”. Fans, who call themselves “Harbourers,” packed the hall. Ana Ruiz called the vote “a disgrace”."),
                Arguments.of(
                        List.of("a danger to democracy.", "It is over,"),
                        "Fans call her “Mother.” They call the ship “The Beast”. Critics call him “a danger to democracy.” “It is over,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We will be back,"),
                        "Students held hand-lettered signs. One read “I’m a student, not an ATM.” Another, in Welsh, simply said “Digon.” Workers marched with placards, some of which read \"Fuel is not a luxury\". “We will be back,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We are,"),
                        "By Thursday, someone had spray-painted “We’re still here” across a sheet of plywood. “We are,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It leaks,"),
                        "Facebook combined that with the “web bug” from the email mentioned above. Many people are compelled to “opt in” on Facebook's non-negotiable terms. “It leaks,” Ana Ruiz said."),
                Arguments.of(
                        List.of("heartbroken", "hated"),
                        "The writer Naoko Bell posted on Bluesky that she was “heartbroken”. Beatriz Okonjo has admitted she “hated” rowing. Herbert believes that their ability to “taste” the air is unique. Forecasters warn that pollution will reach “severe” or “emergency” levels."),
                Arguments.of(
                        List.of("dragnet", "workhorse", "pimps"),
                        "Privacy advocate Jo Hale calls the system a “dragnet”. Colleagues describe him as a “workhorse” minister. The app has a “dark mode” setting. Coach Nick Saban compared agents to “pimps” on Monday. The trend is often described as a “myopia epidemic”. She received what lawyers call a “bag-and-baggage” letter."),
                Arguments.of(
                        List.of("the moment it reaches his desk"),
                        "Ana Ruiz said the president would sign the bill “the moment it reaches his desk”. She used the word “literally” twice. The chorus of his single, which runs “we were young and we were burning”, is painted on walls. Her new novel “Salt Before Sunrise” is out."),
                Arguments.of(
                        List.of("ROOKIE. ICE. COLD.", "the kids are alright"),
                        "The team posted the clip with the caption “ROOKIE. ICE. COLD.” Ana Ruiz shared a photo with the caption: “the kids are alright”. The museum’s new wing, “The Long Gallery”, opens in May."),
                Arguments.of(
                        List.of("indefensible", "undisciplined", "always be family,"),
                        "Larchmont called its valuation “indefensible” and its spending on marketing “undisciplined”. Ana Ruiz posted that they would “always be family,” and fans crowned them the most “civilized” exes."),
                Arguments.of(
                        List.of("hopelessly unrealistic"),
                        "Implementing the system in September was a “hopelessly unrealistic” prospect, an official said. The app has a “dark mode” setting."),
                Arguments.of(
                        List.of("Back off"),
                        "In 2019, Ana Ruiz was caught on video saying “Back off” to a cameraman. As the old saying “Slow And Steady” goes, she waited. Wake it by saying “Hey Siri” twice."),
                Arguments.of(
                        List.of("It works,"),
                        "Searches for “how to vote early” spiked on Monday. He typed “best pizza near me” into his phone. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("cruel", "short-sighted"),
                        "Nurses marched holding placards reading “Safe patients need safe ratios” and “Nurses are not a cost centre”. Ana Ruiz called the cuts “cruel” and “short-sighted”."),
                Arguments.of(
                        List.of("Excellent."),
                        "Vote\n\nShe grew up in a tower block that locals called “the Filing Cabinet,” since demolished. Then she remembered why they call her “the Iceberg.” Ana Ruiz called it “Excellent.”"),
                Arguments.of(
                        List.of("It was a gift,"),
                        "Oscar Isaac stars in J.C. Chandor’s “A Most Violent Year, ”out on Dec. 31 in limited release.\n\n“It was a gift,” Isaac said."),
                Arguments.of(
                        List.of("It was a gift,"),
                        "Guide\n\nThe test reads it(\"should greet the user\", function() { expect(cow.greets(\"Baby\")).to.equal(\"Kate greets Baby\"); }); and console.log(\"Saved to disk\"). “It was a gift,” Ana Ruiz said of the library."),
                Arguments.of(
                        List.of("We are ready,"),
                        "Vote\n\nAn abuser would have said: “Every time you use that word, a piece of me dies.” For example: “I literally died laughing at the meeting.” A flicker crossed his face as if to say “You think you got me?” Don’t say “This vote is literally the end of the world.” “I could eat a horse,” means you are hungry. “We are ready,” Ana Ruiz said."),
                Arguments.of(
                        List.of("family, friends, laughter, hope, and faith,"),
                        "Bachelor\n\nProducers sent the ladies on a tour of ‘Merica rather than abroad. She keeps her head with “family, friends, laughter, hope, and faith,” according to her official bio."),
                Arguments.of(
                        List.of("It works,"),
                        "Bitcoin\n\nHe joined the network early and “mine” many bitcoins. The things about which we (“we” being liberal adults) argue. Facebook combined that with the \"web bug\" from the email. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Summer\n\nCady and her cousins make up \"the Liars,\" tightknit teens who share adventures. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Comedy\n\nAs if the culture can sustain only a couple at a time, Wiig has been getting \"the new Tina Fey\" quite a lot, critics say. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Summer\n\nHe’ll say, “Did your parents escape the floods?” and we’ll say, “No, man.” “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Summer\n\nNote the example stops with “literally cried.” “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("remains wide open", "It works,"),
                        "Strike\n\nWorkers said the company's much-advertised \"Harlow family\" culture had worn thin before the takeover panel’s “put up or shut up” deadline. Olaleye said the government's door \"remains wide open\". “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Eyes\n\nMost school leavers are short-sighted, a trend often described as a “myopia epidemic”. Wrecks like this one, she said, are often described as “time capsules,” but the value lies in the details. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It works,"),
                        "Chaos\n\nAll told, it is a neat narrative. Lorenz, “the father of chaos,” started a scientific revolution. “It works,” Ana Ruiz said."),
                Arguments.of(
                        List.of("within eight weeks"),
                        "Court\n\nAppearing for the petitioners, counsel Vikram Deshpande submitted that the names would be finalised “within eight weeks”."),
                Arguments.of(
                        List.of("ridiculous."),
                        "Suh suspended\n\nThe coach went so far as to call Suh's play \"ridiculous.\" The school staged the play “Hamlet” last spring."),
                Arguments.of(
                        List.of("Never act sad.", "We are ready,"),
                        "Cosby\n\nAll it took was one person to say, “Wait, look at this.” He was unable, deep inside, to say, “Yes, I was that young lieutenant.” I need them to ask “How are you?” and wait. He used to say, “Never act sad.” “We are ready,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We will be back,"),
                        "Guide\n\nA response has a type, which is “basic”, “cors”, “default” or “opaque”. Possible values are: “none”: default.\n\n“Immutable”\n\n“We will be back,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It was a shock,"),
                        "Health\n\nA man was diagnosed with “feather-duvet lung,” according to a case report. “It was a shock,” Ana Ruiz said."),
                Arguments.of(
                        List.of("It was a shock,"),
                        "Court\n\nHe was charged with “causing death by dangerous driving.” She pleaded guilty to “assault occasioning actual bodily harm”. “It was a shock,” Ana Ruiz said."),
                Arguments.of(
                        List.of("We are ready,"),
                        "Essay\n\nInstead of saying, “I’m sorry you feel that way,” try listening. It’s easy to say, “Just quit your job.” There is a temptation to shout, “Enough!” Picture a teenager texting, “I’m fine,” while crying. As the saying goes, “Every cloud has a silver lining.” “We are ready,” Ana Ruiz said."),
                Arguments.of(
                        List.of("sales are up."),
                        "Rates\n\nFive policymakers raised their outlook, according to the new “dot plot” of rate projections. Growth slowed, according to its “Vision 2030” plan. According to the company, “sales are up.”"),
                Arguments.of(
                        List.of("Try it,", "to win every game"),
                        "Advice\n\nInstead of saying “I can’t,” try “I can do that after Friday.” Or try saying: “Not this week.” If someone says “just checking in,” ignore it. “Try it,” Ana Ruiz said. Her coach said he would try “to win every game”."),
                Arguments.of(
                        List.of("I quit,"),
                        "Games\n\nNintendo shocked the world by announcing “Super Mario Run,” its first mobile game. Now we know the price: “Super Mario Run” will cost $9.99. The band released “Midnight Train” on Friday. He announced “I quit,” and walked out."),
                Arguments.of(
                        List.of("It was a shock,"),
                        "Search\n\nThe most searched question was “how many calories should i eat in a day.” In 2014 'i am hungry' was searched 7x more than 'i am thirsty.' Type “Weather near me” into the bar. “It was a shock,” Ana Ruiz said."),
                Arguments.of(
                        List.of("a revolving door with a keypad"),
                        "Bill\n\nThe bill passed, with a police chief calling it \"a revolving door with a keypad\". Locals call the jail “the Pit”."),
                Arguments.of(
                        List.of("We are ready,"),
                        "War\n\n“We are ready,” said Ana Ruiz. The agency will mail the ‘In case of crisis or war’ brochure to households. It printed its ‘Stay safe at home’ leaflet in May."),
                Arguments.of(
                        List.of("It is not simple,"),
                        "Climate\n\nEmissions could fall 10% (see ‘Harbour’s climate legacy’). “It is not simple,” says Thelma Krug."),
                Arguments.of(
                        List.of("a disaster"),
                        "Vote\n\nThe team used a technique called “mental chronometry” to time choices. The mayor called “a disaster” what the council passed. A columnist penned a piece entitled, “Why Are People Finally Paying Attention to the Harbour?”"));
    }

    @Test
    void aHeadlineTitleTheStoryNamesWithoutMarksIsNoQuotation() {
        String text =
                "‘La La Land’: How a Young Filmmaker Revived the Musical\n\nWith his musical La La"
                        + " Land charming audiences, Damien Chazelle is busy. “It took six years,” he"
                        + " said.";
        assertThat(spanTexts(extract(text, true).quotes(), text))
                .containsExactly("It took six years,");
    }

    @ParameterizedTest
    @MethodSource("everydayQuoting")
    void findsTheQuotedSpansOfEverydayQuoting(List<String> expected, String text) {
        assertThat(spanTexts(quotes(text), text)).containsExactlyElementsOf(expected);
    }

    /** The frames that credit an outlet, each with the speaker and the outlet it gives. */
    static Stream<Arguments> outletFrames() {
        return Stream.of(
                Arguments.of(
                        "Guadalupe Salinas",
                        "local newspapers",
                        "Police\n\nGuadalupe Salinas was arrested on Tuesday.\n\n“I don’t regret it,” local newspapers quote Salinas as saying."),
                Arguments.of(
                        "a police spokesman",
                        "Reuters",
                        "Police\n\nThe road was closed for hours.\n\n“We are investigating,” Reuters quoted a police spokesman as saying."),
                Arguments.of(
                        "Kim Jong Un",
                        "state media",
                        "Talks\n\nKim Jong Un met envoys on Monday.\n\n“There will be no delay,” state media quoted Kim as saying."),
                Arguments.of(
                        "Kim Jong Un",
                        "KCNA",
                        "Talks\n\nKim Jong Un met envoys on Monday.\n\n“The talks were useful,” the official news agency KCNA quoted Kim as saying."),
                Arguments.of(
                        "Fiona Castellari",
                        "2GB",
                        "Sharks\n\n“The science tells us drones work,” Ms Fiona Castellari told 2GB’s breakfast program."),
                Arguments.of(
                        "Dante Odum",
                        "ESPN",
                        "Game\n\nA few feet away, ESPN sideline reporter Tamsin Greer asked Dante Odum what had gone through his head. “I just trusted it,” Odum said."),
                Arguments.of(
                        "Sloane Marbury",
                        "The Wall Street Journal",
                        "Money\n\n“I like knowing where it goes,” Sloane Marbury said, per The Wall Street Journal."),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill told Harbour Weekly in an interview published Sunday."),
                Arguments.of(
                        "Mara Quill",
                        "The Evening Ledger",
                        "Star news\n\nSpeaking to the Evening Ledger, Mara Quill said: “This role changed my life,” before laughing."),
                Arguments.of(
                        "Mara Quill",
                        "The Kestrel Podcast",
                        "Star news\n\nOn an episode of the Kestrel Podcast, Mara Quill said: “This role changed my life.”"),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill said, according to Harbour Weekly."),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill said in an interview with Harbour Weekly’s Jo Pike."),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill told Jo Pike of Harbour Weekly."),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill said (via Harbour Weekly)."),
                Arguments.of(
                        "Mara Quill",
                        "Harbour Weekly",
                        "Star news\n\n“This role changed my life,” Mara Quill said in a statement to Harbour Weekly."),
                Arguments.of(
                        "Mara Quill",
                        "The Evening Ledger",
                        "Star news\n\n“This role changed my life,” the actress, Mara Quill, told the Evening Ledger."),
                Arguments.of(
                        "Mara Quill",
                        "Le Courrier",
                        "Star news\n\n“This role changed my life,” Mara Quill told the newspaper Le Courrier."),
                Arguments.of(
                        "Mara Quill",
                        "RTV Nord",
                        "Star news\n\n“This role changed my life,” Mara Quill told German broadcaster RTV Nord."),
                Arguments.of(
                        "Mara Quill",
                        "4KQ",
                        "Star news\n\n“This role changed my life,” Mara Quill told radio station 4KQ on Thursday."),
                Arguments.of(
                        "Mara Quill",
                        "KVRN",
                        "Star news\n\n“This role changed my life,” Mara Quill told CNN affiliate KVRN."),
                Arguments.of(
                        "Mara Quill",
                        "Call Me Candid",
                        "Star news\n\n“This role changed my life,” Mara Quill said on the podcast Call Me Candid."),
                Arguments.of(
                        "Mara Quill",
                        "Spill It",
                        "Star news\n\nMara Quill doubled down on the Spill It podcast, saying: ‘This role changed my life.’"),
                Arguments.of(
                        "Mara Quill",
                        "Huddle Up",
                        "Star news\n\nSpeaking on the “Huddle Up” podcast, Mara Quill said: “This role changed my life.”"),
                Arguments.of(
                        "Mara Quill",
                        "talkSPORT",
                        "Star news\n\nMara Quill told talkSPORT: ‘This role changed my life.’"),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\nMara Quill had been telling people the role had “changed my life”."),
                Arguments.of(
                        "Mara Quill",
                        "The Sunday Times",
                        "Star news\n\nIn 1962 the critic Mara Quill wrote in The Sunday Times that the work was “pleasant, careful and entirely minor.”"),
                Arguments.of(
                        "Mara Quill",
                        "The Athletic",
                        "Star news\n\nVeteran forward Mara Quill said she was “not surprised” by the request, via The Athletic."),
                Arguments.of(
                        "Mara Quill",
                        "ESPN",
                        "Star news\n\n“He wants out, and the team knows it,” per ESPN's Mara Quill."),
                Arguments.of(
                        "Mara Quill",
                        "ESPN",
                        "Star news\n\n“He wants out, and the team knows it,” according to ESPN's Mara Quill."),
                Arguments.of(
                        "Reuters",
                        "Reuters",
                        "Star news\n\n“Talks have stalled,” according to Reuters."),
                Arguments.of(
                        "Mara Quill",
                        "The Village Voice",
                        "Star news\n\nThe critic Mara Quill, reviewing the album in The Village Voice, called his playing “tender to the point of indecency”."),
                Arguments.of(
                        "Mara Quill",
                        "BBC Radio 4",
                        "Star news\n\n“This role changed my life,” Mara Quill told BBC Radio 4's Today programme."),
                Arguments.of(
                        "Mara Quill",
                        "Ming Pao",
                        "Star news\n\nMara Quill told Ming Pao that the role had “changed my life”."),
                Arguments.of(
                        "Mara Quill",
                        "WBBM Newsradio",
                        "Star news\n\n“This role changed my life,” Mara Quill told WBBM Newsradio on Tuesday."),
                Arguments.of(
                        "Mara Quill",
                        "Lloyd’s List",
                        "Star news\n\n‘This role changed my life,’ Mara Quill told Lloyd’s List."),
                Arguments.of(
                        "Mara Quill",
                        "BBC Hereford & Worcester",
                        "Star news\n\nMara Quill told BBC Hereford & Worcester the role had “changed my life”."),
                Arguments.of(
                        "Mara Quill",
                        "The Times",
                        "Star news\n\nThe Times’s critic, Mara Quill, called the play “a bruising, tender triumph”."),
                Arguments.of(
                        "Mara Quill",
                        "Variety",
                        "Star news\n\nVariety’s Mara Quill wrote that the film was “a triumph from start to finish.”"),
                Arguments.of(
                        "Mara Quill",
                        "Second Unit",
                        "Star news\n\n“This role changed my life,” Mara Quill said on the Second Unit podcast."),
                Arguments.of(
                        "Mara Quill",
                        "Canal Sur de Televisión",
                        "Star news\n\n“This role changed my life,” Mara Quill told the broadcaster Canal Sur de Televisión."),
                Arguments.of(
                        "Mara Quill",
                        "Second Unit",
                        "Star news\n\n“This role changed my life,” Mara Quill said on Tuesday’s episode of the Second Unit podcast."),
                Arguments.of(
                        "Mara Quill",
                        "The Evening Ledger",
                        "Star news\n\nIn a wide-ranging, candid interview with the Evening Ledger, Mara Quill said: “This role changed my life.”"),
                Arguments.of(
                        "Mara Quill",
                        "Heavy Lifting",
                        "Star news\n\n“This role changed my life,” Mara Quill said on the latest episode of her podcast, Heavy Lifting."),
                Arguments.of(
                        "Mara Quill",
                        "ANI",
                        "Star news\n\n“This role changed my life,” Mara Quill told ANI."),
                Arguments.of(
                        "Mara Quill",
                        "KVRN 11",
                        "Star news\n\n“This role changed my life,” Mara Quill told KVRN 11 on Monday."),
                Arguments.of(
                        "Mara Quill",
                        "The Skinny",
                        "Star news\n\n“This role changed my life,” Mara Quill told The Skinny in 2017."),
                Arguments.of(
                        "Mara Quill",
                        "OK!",
                        "Star news\n\n“This role changed my life,” Mara Quill told OK! on Monday."),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\n“This role changed my life,” Mara Quill told the FBI on Monday."),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\n“This role changed my life,” Mara Quill told US media this month."),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\n“This role changed my life,” Mara Quill said, according to NASA."),
                Arguments.of(
                        "Mara Quill",
                        "The Daily Wren",
                        "Star news\n\n“This role changed my life,” Mara Quill told the Daily Wren."),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\n“This role changed my life,” Mara Quill wrote on Instagram."),
                Arguments.of(
                        "Mara Quill",
                        null,
                        "Star news\n\nOn the podcast, Mara Quill admitted she was “terrified” of the role."),
                Arguments.of(
                        "Harbour Union",
                        null,
                        "Star news\n\n“We are not going anywhere,” the Harbour Union said in a post on its website Tuesday night."));
    }

    @Test
    void anInterviewNamedWithoutACueVerbCarriesItsOutletToTheQuotationsAfter() {
        String text =
                "Match report\n\nTom Ashworth, 29, was blunt speaking to BBC Radio 5 Live after the"
                        + " game.\n\n‘It’s embarrassing, to be honest,’ said the 29-year-old."
                        + "\n\nIn an interview with CNBC later on Tuesday, Marisol Whitaker played"
                        + " down the risk.\n\n“This is a targeted action,” she said.";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tom Ashworth", "BBC Radio 5 Live"),
                        org.assertj.core.groups.Tuple.tuple("Marisol Whitaker", "CNBC"));
    }

    @Test
    void aStatementOrCueCreditingAnOutletCarriesItToTheQuotationsAfter() {
        String text =
                "Engaged\n\nA source told Us Weekly the proposal had been months in the planning."
                        + "\n\n‘He asked her dad for permission back in March,’ the source said."
                        + "\n\nTom Hale told radio station 4KQ that the quay would reopen."
                        + " “We have done the work,” he said."
                        + "\n\nMara Quill shared the news on Instagram.\n\n“Forever starts now,” she said.";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A source", "Us Weekly"),
                        org.assertj.core.groups.Tuple.tuple("Tom Hale", "4KQ"),
                        org.assertj.core.groups.Tuple.tuple("Mara Quill", null));
    }

    @Test
    void aPlayerNamedByHisPositionKeepsTheOutletHeToldTheWords() {
        String text =
                "Rugby\n\nTom Ashworth-Bell did not hide from it. ‘We were rusty,’ the lock told"
                        + " ITV Sport. ‘Nobody needed telling.’";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tom Ashworth-Bell", "ITV Sport"),
                        org.assertj.core.groups.Tuple.tuple("Tom Ashworth-Bell", "ITV Sport"));
    }

    @Test
    void theInterviewTheSentenceBeforeNamesOutranksTheOutletOfTheLastQuotation() {
        assertThat(
                        quotes(
                                "Star news\n\n“This role changed my life,” Mara Quill told Rappler."
                                        + "\n\nShe had earlier told GMA News that the studio had"
                                        + " run out of money. “I never looked back,” she said in"
                                        + " that interview."))
                .extracting(Quote::outlet)
                .containsExactly("Rappler", "GMA News");
    }

    @Test
    void laterQuotationsFromTheSameInterviewKeepItsOutletUntilAnotherInterviewIsNamed() {
        String text =
                "Prison reform\n\n“We lost our nerve,” Tom Hale told The Harbour Weekly.\n\n"
                        + "He resigned in March.\n\nHis successor has not replied.\n\n"
                        + "“That is not governing,” Hale said.\n\n"
                        + "Later he spoke to Kestrel Radio.\n\n“I will not stand,” he said.";

        assertThat(quotes(text))
                .extracting(Quote::outlet, Quote::outletBasis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "The Harbour Weekly", OutletBasis.CREDITED),
                        org.assertj.core.groups.Tuple.tuple(
                                "The Harbour Weekly", OutletBasis.CARRIED),
                        org.assertj.core.groups.Tuple.tuple("Kestrel Radio", OutletBasis.CARRIED));
    }

    @Test
    void aPersonsGivenNameIsNoOutletTheStationCouldBe() {
        String text =
                "Court\n\nOutside the courthouse, Dawn Yablonski told WPXI the sentence felt “fair,"
                        + " maybe a little light.”\n\n“The trust doesn't come back,” she told the"
                        + " station.";

        assertThat(quotes(text)).extracting(Quote::outlet).doesNotContain("Dawn");
    }

    @Test
    void aFeaturesOwnPresentTenseEndsAnInterviewToldInThePast() {
        String text =
                "Director\n\nAt the time Halla Sveins told Cineuropa she was “not interested in"
                        + " films that explain themselves.”\n\n“I still believe that,” she says"
                        + " now. “But I am more interested in being understood.”";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Halla Sveins", "Cineuropa"),
                        org.assertj.core.groups.Tuple.tuple("Halla Sveins", null),
                        org.assertj.core.groups.Tuple.tuple("Halla Sveins", null));
    }

    @Test
    void neitherQuotedWordsNorAPlatformEndAnInterview() {
        String text =
                "Split\n\n“I had to choose me,” Talia Brooks told Vanity Fair.\n\n"
                        + "Devon Mercer wrote on Instagram that they would “always be family.”\n\n"
                        + "“People want a villain,” Brooks said. “There isn't one.”";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Talia Brooks", "Vanity Fair"),
                        org.assertj.core.groups.Tuple.tuple("Devon Mercer", null),
                        org.assertj.core.groups.Tuple.tuple("Talia Brooks", "Vanity Fair"),
                        org.assertj.core.groups.Tuple.tuple("Talia Brooks", "Vanity Fair"));
    }

    @Test
    void anOutletsInterviewerQuestioningSomeoneMakesTheirWordsAnInterviewWithIt() {
        String text =
                "Prince speaks\n\nPrince Andrew gave an interview about his friendship with the"
                        + " financier. BBC’s Emily Maitlis did an excellent job pressing Andrew.\n\n"
                        + "“I remember it weirdly, distinctly,” he said.\n\n"
                        + "Maitlis is known for tough questions. “Fair enough,” Andrew said.";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet, Quote::outletBasis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Andrew", "BBC", OutletBasis.CARRIED),
                        org.assertj.core.groups.Tuple.tuple("Andrew", "BBC", OutletBasis.CARRIED));
    }

    @Test
    void anInterviewNamedBeforeARoleIsThePersonsTheRoleNames() {
        String text =
                "Land\n\nElder Joseph Sankale welcomed the ruling.\n\nSpeaking to Kass FM on Thursday"
                        + " evening, the elder urged the community to remain calm.\n\n"
                        + "“We have waited forty years,” he said.";

        assertThat(quotes(text))
                .extracting(Quote::speaker, Quote::outlet, Quote::outletBasis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Joseph Sankale", "Kass FM", OutletBasis.CARRIED));
    }

    @Test
    void anOutletIsGivenInTheFullestFormTheArticleNamesItWith() {
        String text =
                "Tariff memo\n\nThe memo was described on Monday night by The Wall Street Journal."
                        + " According to the Journal, the Treasury secretary called the levy “a"
                        + " blunt instrument”.\n\nThe New York Times and The Sunday Times also reported"
                        + " it. Kowalski told the Times the levy was “a mistake”.";

        assertThat(quotes(text))
                .extracting(Quote::outlet)
                .containsExactly("The Wall Street Journal", "The Times");
        assertThat(
                        quotes(
                                "Memo\n\nThe Times and The New York Times reported it. Kowalski"
                                        + " told the Times the levy was “a mistake”."))
                .extracting(Quote::outlet)
                .containsExactly("The Times");
    }

    @ParameterizedTest
    @MethodSource("outletFrames")
    void readsTheSpeakerAndTheOutletOfEachFrame(String speaker, String outlet, String text) {
        assertThat(quotes(text))
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.speaker()).isEqualTo(speaker);
                            assertThat(q.outlet()).isEqualTo(outlet);
                        });
    }

    @Test
    void readsTheFramesOnEitherSide() {
        assertThat(
                        described(
                                "“We won,” Ana Ruiz said. “We lost,” said Tom Hale. Jo Pike said: “We drew.”"))
                .containsExactly(
                        "We won, | Ana Ruiz | said | null | FULL",
                        "We lost, | Tom Hale | said | null | FULL",
                        "We drew. | Jo Pike | said | null | FULL");
    }

    @Test
    void joinsASplitQuoteAndResolvesThePronounToTheLastPersonNamed() {
        List<Quote> quotes =
                quotes(
                        "Joanna Brenner reached the top.\n\n“The last part was hard,” she said, “because of the wind.”");

        assertThat(quotes)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.kind()).isEqualTo(Quote.Kind.SPLIT);
                            assertThat(q.spans()).hasSize(2);
                            assertThat(q.text())
                                    .isEqualTo("The last part was hard, because of the wind.");
                            assertThat(q.speaker()).isEqualTo("Joanna Brenner");
                        });
    }

    @Test
    void readsTwoStraightApostrophesAsOneDoubleMark() {
        String text =
                "Debate\n\nDan Marwick spoke first.\n\n''Voters want more than 'We will win,''' said"
                        + " Tom Brell.\n\nMs. Quill said: ''Bombast doesn't cut it.''";
        List<Quote> found = quotes(text);

        assertThat(spanTexts(found, text))
                .containsExactly("Voters want more than 'We will win,'", "Bombast doesn't cut it.");
        assertThat(found.stream().map(Quote::speaker)).containsExactly("Tom Brell", "Quill");
    }

    @Test
    void keepsSpansExactWithoutTheMarks() {
        String text = "Lena Varga spoke. “Get out now,” Varga said.";
        Quote quote = quotes(text).getFirst();

        assertThat(quote.spans()).containsExactly(new Span(19, 31));
        assertThat(quote.spans().getFirst().of(text)).isEqualTo("Get out now,");
    }

    @Test
    void normalisesTheSpeakerToTheFullestNameAndRoles() {
        assertThat(
                        quotes(
                                "Actor Kit Arden, 20, spoke. “It was fun,” the actor said. “Really,” Arden added."))
                .extracting(Quote::speaker)
                .containsExactly("Kit Arden", "Kit Arden");
    }

    @Test
    void creditsOutletsInTheirManyFrames() {
        assertThat(
                        quotes(
                                "Chef Idris Mwangi spoke. “It hurt,” Mwangi told the Evening Ledger. “It still does,” he"
                                        + " said in an interview with Northline Radio. “I will cook again,” he added"
                                        + " (via Kestrel News). Speaking on the Radio Times Podcast, he said: “Never"
                                        + " again.”"))
                .extracting(Quote::outlet)
                .containsExactly(
                        "The Evening Ledger",
                        "Northline Radio",
                        "Kestrel News",
                        "Radio Times Podcast");
    }

    @Test
    void creditsTheOutletThatAskedOrPublished() {
        assertThat(
                        quotes(
                                "Chef Idris Mwangi spoke. Asked by Sky News about the fire, Mwangi said:"
                                        + " “It hurt.” In an interview published by Vogue, he said he was"
                                        + " “ready to cook again”."))
                .extracting(Quote::outlet)
                .containsExactly("Sky News", "Vogue");
    }

    @Test
    void creditsOutletsNamedByACommonWordOrACallSign() {
        assertThat(
                        quotes(
                                "A source told The Sun: ‘She is heartbroken.’ A pal told the Sun"
                                        + " she was ‘fine’. Ana Ruiz told WKVL-TV the plan was “dead.”"
                                        + " Sun Li said: “We disagree.” Judge Karen Mills told Hill: “You"
                                        + " have destroyed a family.”\n\nYolanda Pierce told KARE 11"
                                        + " that her son had been working nights.\n\n\"My son made"
                                        + " mistakes,\" she told the station."))
                .extracting(Quote::outlet)
                .containsExactly("The Sun", "The Sun", "WKVL-TV", null, null, "KARE 11");
    }

    @Test
    void creditsTheOutletAPieceOrASitDownIsNamedFor() {
        assertThat(
                        quotes(
                                "In a new Vanity Fair interview, Talia Brooks opened up. “There was"
                                        + " a moment,” she said.\n\nIn a 2023 Vogue cover story, Cara"
                                        + " Lane called Jordyn Marsh her “secret weapon”.\n\nKendra"
                                        + " Lowe sat down with People this week.\n\n“She never thought"
                                        + " I was good enough,” Lowe said.\n\nMaya Ortiz opened up to"
                                        + " Glamour about her divorce.\n\n“It was time,” she said."))
                .extracting(Quote::outlet)
                .containsExactly("Vanity Fair", "Vogue", "People", "Glamour");
    }

    @Test
    void aSentenceTellingWhomSomeoneToldOrVisitedCreditsTheQuotationsAfter() {
        assertThat(
                        quotes(
                                "The union's president, Greg Falco, told the Northfield News that"
                                        + " coaches had been left out. \"Nobody asked us,\" he said."
                                        + "\n\nTasha Reid addressed the fallout when she stopped by"
                                        + " Watch What Happens Live on Monday night.\n\n“Do I regret"
                                        + " it? No,” she told the audience."))
                .extracting(Quote::outlet)
                .containsExactly("The Northfield News", "Watch What Happens Live");
    }

    @Test
    void creditsTheOutletThatQuotedSomeoneOrFirstReportedTheirWords() {
        assertThat(
                        quotes(
                                "Ana Ruiz was quoted by Reuters as saying the plan was \"finished.\""
                                        + "\n\nBloomberg quoted Tom Hale as saying it was \"over.\""
                                        + "\n\n\"It is dead,\" Jo Pike was quoted as saying by AFP."
                                        + "\n\nMia Cole said in remarks first reported by Politico:"
                                        + " \"It is dead.\"\n\nSaeed Al Marri spoke to reporters. The"
                                        + " Arabic-language daily Al Khaleej quoted him as saying a deal"
                                        + " could come \"before the summer\"."))
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly(
                        "Ana Ruiz | Reuters",
                        "Tom Hale | Bloomberg",
                        "Jo Pike | AFP",
                        "Mia Cole | Politico",
                        "Saeed Al Marri | Al Khaleej");
    }

    @Test
    void aStatementEndingWithItsInterviewCreditsTheWordsQuotedInIt() {
        assertThat(
                        quotes(
                                "Richard Hale said that the lineout had been “the engine room of"
                                        + " their game” in an interview with the Guardian.\n\nAna"
                                        + " Ruiz said that Tom Hale had called it “a disgrace” and"
                                        + " told the BBC so."))
                .extracting(Quote::outlet)
                .containsExactly("The Guardian", null);
    }

    @Test
    void theOutletToldIsNotOneThatOnlySaysWhereSomeoneWorks() {
        assertThat(
                        quotes(
                                "“He left notes,” Margaret Lane told The Telegraph.\n\nHer daughter,"
                                        + " Harriet Lane, a BBC producer, was quoted too. “They argued"
                                        + " about commas,” she told the paper."))
                .extracting(Quote::outlet)
                .containsExactly("The Telegraph", "The Telegraph");
    }

    @Test
    void creditsOutletsWhoseNamesHoldLowerCaseParticles() {
        assertThat(
                        quotes(
                                "Edson Kloppenburg told Folha de S.Paulo: “We face a bottleneck.”"
                                        + " Marco Rinaldi told Corriere della Sera: “We lost.” Luca"
                                        + " Bassi told La Gazzetta dello Sport: “We will win.” Ana de"
                                        + " la Cruz told Maria de la Vega: “Come home.”"))
                .extracting(Quote::outlet)
                .containsExactly(
                        "Folha de S.Paulo", "Corriere della Sera", "La Gazzetta dello Sport", null);
    }

    @Test
    void creditsTheOutletOfTheJournalistAStatementWasGivenTo() {
        assertThat(
                        quotes(
                                "“We lost our shape,” Ana Ruiz said, via Tom Hale of the Evening Ledger."
                                        + " “We will be back,” Jo Pike said, according to Mel Ode of Kestrel"
                                        + " News."))
                .extracting(Quote::outlet)
                .containsExactly("The Evening Ledger", "Kestrel News");
    }

    @Test
    void theOutletIsTheOneNamedBeforeAndKnownNamesRunPastCommonWords() {
        assertThat(
                        quotes(
                                "Mara Quill is unhappy, according to a new report by E! News.\n\nThe"
                                        + " news broke on Monday.\n\n“She is tired of it,” an insider told"
                                        + " the outlet. “We lost,” Jo Pike said, via USA Today."))
                .extracting(Quote::outlet)
                .containsExactly("E! News", "USA Today");
        assertThat(quotes("“She is tired of it,” an insider told the outlet."))
                .extracting(Quote::outlet)
                .containsOnlyNulls();
    }

    @Test
    void tellsTitlesNicknamesAndScareQuotesFromSpeech() {
        assertThat(
                        quotes(
                                "The Netflix show “Night Ferry” returns. “Night Ferry” star Ana Ruiz and Dwayne"
                                        + " “The Rock” Hale joined the so-called “experts” at the premiere of"
                                        + " “Glass Harbour”, “Small Hours” and “Salt Road”. Ruiz called the script"
                                        + " “absurdly good” and said she was “thrilled”."))
                .extracting(Quote::text)
                .containsExactly("absurdly good", "thrilled");
    }

    @Test
    void aPartialQuoteInAReportingSentenceIsSpeech() {
        assertThat(
                        described(
                                "Discussing the book, Ana Ruiz shared her view, finding it “totally foreign” to her."))
                .containsExactly("totally foreign | Ana Ruiz | finding | null | PARTIAL");
    }

    @Test
    void aShortFragmentIsSpeechWhenItsSentenceReportsSomeoneSaying() {
        String text =
                "Mara Quill said the ferry would sail “a lot” next year. The council rejected the"
                        + " claims as “plainly wrong,” and Quill added that the risks were “small.”"
                        + " Her office noted the “interim” board and Quill’s “careful” plan.";
        assertThat(quotes(text).stream().flatMap(q -> q.spans().stream()).map(s -> s.of(text)))
                .containsExactly("a lot", "plainly wrong,", "small.");
    }

    @Test
    void aTitleAfterALabelInAListIsNoQuotation() {
        String text =
                "Lumen Awards: ‘The Quiet Tide’ Takes Top Prize\n\n"
                        + "Here is the full list of winners:\n\n"
                        + "Best Film: “The Quiet Tide”\n"
                        + "Best Animated Feature: “Pip and the Paper Moon”\n\n"
                        + "ATTORNEY: ‘HE WAS WALKING TO HIS CAR’\n\n"
                        + "Ana Ruiz said: “We are thrilled.”";
        assertThat(spanTexts(extract(text, true).quotes(), text))
                .containsExactly("HE WAS WALKING TO HIS CAR", "We are thrilled.");
    }

    @Test
    void aNicknameAfterAGivenNameInAHeadlineIsNoQuotation() {
        String text =
                "England 31 Scotland 17: Joe ‘The Jet’ Adeyemi-Clarke Runs Riot\n\n"
                        + "Adeyemi-Clarke scored three tries at Twickenham.";
        assertThat(extract(text, true).quotes()).isEmpty();
    }

    @Test
    void aNameInTitleCaseAfterTheIsANicknameNotWords() {
        String text =
                "Fishermen, who knew her for years before they took her seriously, called her ‘the"
                        + " Weed Woman’. Critics called the plan ‘the worst idea in years’.";
        assertThat(quotes(text).stream().flatMap(q -> q.spans().stream()).map(s -> s.of(text)))
                .containsExactly("the worst idea in years");
    }

    @Test
    void aFragmentBeforeAParticipleCueIsNotWhatTheParticipleReports() {
        String text =
                "Things escalated when Tamara Quinn brought up the infamous “tequila incident” from"
                        + " Season 2, accusing Celeste of hypocrisy. The price of eggs has “about"
                        + " tripled” since 2020, she said.";
        assertThat(quotes(text).stream().flatMap(q -> q.spans().stream()).map(s -> s.of(text)))
                .containsExactly("about tripled");
    }

    @Test
    void aLoneWordIsSpeechWhereItCompletesWhatSomeoneSaidSomethingIs() {
        String text =
                "The harbour board would not give the figure but called it “minor.” Mara Quill told"
                        + " the inquiry it was her “duty” to speak, and said she recalled it"
                        + " “vividly.” The crew learned to “taste” the air.";
        assertThat(quotes(text).stream().flatMap(q -> q.spans().stream()).map(s -> s.of(text)))
                .containsExactly("minor.", "duty", "vividly.");
    }

    @Test
    void aLoneWordReportedAccordingToSomeoneIsTheirs() {
        assertThat(
                        described(
                                "According to Jane Hill, who heads the institute, the results are “striking.”"))
                .containsExactly("striking. | Jane Hill | according to | null | PARTIAL");
    }

    @Test
    void aOneWordSentenceAfterAQuotationGoesOnWithIt() {
        assertThat(described("“Give me a win,” Mara Quill said. “Please.”"))
                .containsExactly(
                        "Give me a win, | Mara Quill | said | null | FULL",
                        "Please. | Mara Quill | null | null | FULL");
    }

    @Test
    void termsAndWordsSaidToOneselfAreNotQuotations() {
        assertThat(
                        quotes(
                                "The term often used is “harbour lung.” Try not to tell yourself “no.”"
                                        + " I kept telling myself, “This will work.”"))
                .isEmpty();
    }

    @Test
    void wordsThePhraseAfterThemCallsATermAreNotQuotations() {
        assertThat(
                        quotes(
                                "Flats must be registered as “basic housing units”, the official term,"
                                        + " said Mara Quill. Critics called her ‘the Brontë of Penwith’,"
                                        + " a label she loathed. “We are proud,” the label said."))
                .extracting(Quote::text)
                .containsExactly("We are proud,");
    }

    @Test
    void slogansListedOrRaisedAreNotQuotations() {
        assertThat(
                        quotes(
                                "Traders raised slogans of “We will not go anywhere” for an hour."
                                        + " Others carried placards with inscriptions such as “Our"
                                        + " lives matter too” and “Fix the bridge now”. “We are"
                                        + " tired,” said Ama Owusu."))
                .extracting(Quote::text)
                .containsExactly("We are tired,");
    }

    @Test
    void aNameGivenWithDubbedOrBrandedIsNoQuotation() {
        assertThat(
                        quotes(
                                "Marsh, once branded “Hollywood’s bad boy” by the tabloids, got sober."
                                        + " Prices rose, a practice critics have dubbed"
                                        + " “shrinkflation.” “I am sober now,” Marsh said."))
                .extracting(Quote::text)
                .containsExactly("I am sober now,");
    }

    @Test
    void aSignsWordsAreNoQuotationThoughTheSignIsPlacedAtLength() {
        assertThat(
                        quotes(
                                "At the hospital, where a sign taped to the pediatric clinic door read"
                                        + " “Walk-ins welcome for MMR,” Dr. Samuel Okafor said his clinic"
                                        + " was full."))
                .isEmpty();
    }

    @Test
    void aTitleAfterItsTitleWordKeepsThePunctuationInsideTheMarks() {
        String text =
                "In her book “Salt and Stone: A Life on the Harbour Wall,” Mara Quill recalls the"
                        + " storm. The board adopted the slogan “Sail with us.” In her memoir,"
                        + " “A Harbour of Our Own,” she recalls the vote. Quill backed the"
                        + " deal, saying “time is short for the harbour.”";
        assertThat(quotes(text))
                .extracting(Quote::text)
                .containsExactly("time is short for the harbour.");
    }

    @Test
    void wordsImploredWonderedAloudOrWrittenInAThankYouNoteAreSpoken() {
        String text =
                "“Go vote,” Mara Quill implored. She rallied her supporters by wondering aloud"
                        + " “why the harbour board would act now.” In the draft of the thank you,"
                        + " they had written, “Finally, the board thanked the sailors.”";
        assertThat(quotes(text))
                .extracting(Quote::text)
                .containsExactly(
                        "Go vote,",
                        "why the harbour board would act now.",
                        "Finally, the board thanked the sailors.");
    }

    @Test
    void wordsNamedAsSomeonesMessageAreSpokenNotTalkedAbout() {
        String text =
                "Ana Ruiz leads the party. “We will win” was Ruiz’s message to voters. “Become a"
                        + " leader” sounds like a tall order.";
        assertThat(quotes(text)).extracting(Quote::text).containsExactly("We will win");
    }

    @Test
    void aChannelsProgrammeAndAGroupCalledTheSomethingAreNames() {
        String text =
                "Sunday on Fox News channel’s “Harbour Morning Watch,” Mara Quill said the board"
                        + " was “finished.” Tom Hale joined a group called the “Friends Of The"
                        + " Harbour.”";
        assertThat(quotes(text)).extracting(Quote::text).containsExactly("finished.");
    }

    @Test
    void aListOfEpithetsAfterANamingVerbIsAllTheSpeakers() {
        String text =
                "Mara Quill called Tom Hale a “harbour thief” who is “utterly shameless,” a"
                        + " “serial liar,” a “bully” and a “menace to every sailor.” The “bully”"
                        + " was a nod to his school days.";
        assertThat(quotes(text))
                .extracting(Quote::text)
                .containsExactly(
                        "harbour thief",
                        "utterly shameless,",
                        "serial liar,",
                        "bully",
                        "menace to every sailor.");
    }

    @Test
    void anExclamationInCapitalsIsBlurtedOutNotATitle() {
        String text =
                "Mara Quill, in an interview, blurted out, “Oh, Harbour,” at the mention of the"
                        + " board. Tom Hale recited “Sea Fever” at the vigil.";
        assertThat(quotes(text)).extracting(Quote::text).containsExactly("Oh, Harbour,");
    }

    @Test
    void aTitleAfterAnOutletsPossessiveIsItsProgrammeNotWordsSpoken() {
        String text =
                "Mara Quill told NBC’s “Meet the Harbour” that the deal was “a betrayal of every"
                        + " sailor.” “We will fight it,” Tom Hale told CNN’s “Face the Tide.”";
        assertThat(quotes(text))
                .extracting(Quote::text)
                .containsExactly("a betrayal of every sailor.", "We will fight it,");
    }

    @Test
    void aVerdictCalledOnSomeoneIsTheirWordsNotAThingsUsualName() {
        assertThat(
                        quotes(
                                "Tom Hale attacked Ana Ruiz, calling her “a disgrace” and"
                                        + " “reckless”. Sailors have taken to calling the"
                                        + " “harbour curse” a myth."))
                .extracting(Quote::text)
                .containsExactly("a disgrace", "reckless");
    }

    @Test
    void wordsNamedDisplayedOrSetBesideTheirFormulaAreNotQuotations() {
        assertThat(
                        quotes(
                                "The row is over the so-called “rainy day fund,” which Ana Ruiz"
                                        + " says was raided. The 52-year-old, dubbed ‘the Godfather"
                                        + " of Pasta’ by fans, was dropped. Fans unfurled a banner"
                                        + " reading “Obrigado, Bia.” Users mocked the airline’s"
                                        + " slogan, “Low fares, big smiles,” online. The track’s"
                                        + " chorus — “We’ll be home by the morning” — is sung on"
                                        + " the terraces. The band, due to headline, said they"
                                        + " were “gutted”. It began with a parent group called"
                                        + " \"Start Later Northfield,\" which marched with placards"
                                        + " bearing inscriptions such as \"No light, no bill\"."))
                .extracting(Quote::text)
                .containsExactly("gutted");
    }

    @Test
    void aShortAnswerAfterAccordingToAndACueIsExtractedWithoutFailing() {
        assertThat(quotes("According to officials, the crew said: \"Leave immediately.\""))
                .extracting(Quote::text)
                .containsExactly("Leave immediately.");
    }

    @Test
    void wordsAfterTitledAreATitleInAnyCase() {
        assertThat(
                        quotes(
                                "In a 94-page report titled “Waiting Behind the Wire: Remand in"
                                        + " Prisons 2019-2024”, the commission said remand was"
                                        + " “out of control”. The paper, titled “Aerobic"
                                        + " defluorination of perfluorooctanoic acid by a soil"
                                        + " isolate”, was published on Monday."))
                .extracting(Quote::text)
                .containsExactly("out of control");
    }

    @Test
    void aLabelAPassiveGivesNoOneIsNoQuotationUnlessItsAgentIsNamed() {
        assertThat(
                        quotes(
                                "Tom Hale disliked being called a “legend.” The film has widely"
                                        + " been described as “raunchy”. The plan was described"
                                        + " as “reckless” by the judge."))
                .extracting(Quote::text)
                .containsExactly("reckless");
    }

    @Test
    void aHeadlinesQuotedWordsTheBodyNamesAsATermOrTitleAreNotSpeech() {
        assertThat(
                        quotes(
                                "Doctors Warn of Rise in ‘Tech Neck’ as Mayor Calls Plan ‘a"
                                        + " Disaster’\n\nPhysiotherapists are seeing more"
                                        + " teenagers with a condition known as “tech neck.”"
                                        + " “It is a disaster,” Mayor Ana Ruiz said of the"
                                        + " plan."))
                .extracting(Quote::text)
                .containsExactly("a Disaster", "It is a disaster,");
    }

    @Test
    void aWordClosingAReportedClauseIsTheSpeakersWord() {
        assertThat(
                        quotes(
                                "Ana Ruiz said she owes the crew “everything.” Union leader Tom"
                                        + " Hale told AFP the workers would continue their strike"
                                        + " “until the end.”"))
                .extracting(Quote::text)
                .containsExactly("everything.", "until the end.");
    }

    @Test
    void imaginedWordsAndAGistAreNotQuotations() {
        assertThat(
                        quotes(
                                "Imagine a customer asking: “Why should I trust you?” When I told"
                                        + " Mara Quill, she said something along the lines of"
                                        + " …\n\n“Argh! I know I need to do this but it’s"
                                        + " scary!”\n\n“We sail at dawn,” Quill said."))
                .extracting(Quote::text)
                .containsExactly("We sail at dawn,");
    }

    @Test
    void wordsPutToTheReaderOrImaginedAreNotQuotations() {
        assertThat(
                        quotes(
                                "You will always wonder, “What if I had stayed?” As the old captain"
                                        + " would say, “Steady now.” The crew were left to wonder:"
                                        + " “What went wrong?” Mara Quill said the port backs the"
                                        + " “one harbour, two fleets” formula. The more the"
                                        + " voters shrug and think, “Enough already, just vote.”"))
                .isEmpty();
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuoteWithASpanPerParagraph() {
        List<Quote> quotes =
                quotes("Owen Prys said:\n\n“The wells are low.\n\n“We will sell stock,” he said.");

        assertThat(quotes)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.spans()).hasSize(2);
                            assertThat(q.speaker()).isEqualTo("Owen Prys");
                        });
    }

    @Test
    void aCurlyQuotationInsideABlockOpenedWithStraightMarksNestsInIt() {
        String text =
                "Bathrooms\n\nCandidate Dr. Rhea Mabry stated:\n\n\"The department isn’t about"
                        + " “Equal Justice Under Law” anymore. It is about politics.\n\n\"The"
                        + " solution is not politics but property. I’ll stop them at the door.\"";
        List<Quote> quotes = quotes(text);

        assertThat(quotes)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.spans()).hasSize(2);
                            assertThat(q.text()).contains("“Equal Justice Under Law” anymore");
                            assertThat(q.speaker()).isEqualTo("Rhea Mabry");
                        });
    }

    @Test
    void anOfficesPortfolioIsNoOutletNamedLikeIt() {
        assertThat(
                        described(
                                "Talks\n\nMinister for Information Ahsan Warrick said: “We will"
                                        + " not be blackmailed.”"))
                .containsExactly(
                        "We will not be blackmailed. | Ahsan Warrick | said | null | FULL");
    }

    @Test
    void inchMarksAfterDigitsAreNotMarks() {
        assertThat(
                        described(
                                "Deals\n\nThis will be the least expensive 70\"+ TV of the"
                                        + " season.\n\n\"It is a steal,\" said Tom Hale."))
                .containsExactly("It is a steal, | Tom Hale | said | null | FULL");
    }

    @Test
    void apostrophesAndDecadesAreNotMarks() {
        assertThat(
                        described(
                                "Dev Okafor said: 'We don't play the '90s hits or rock 'n' roll anymore.'"))
                .containsExactly(
                        "We don't play the '90s hits or rock 'n' roll anymore. | Dev Okafor | said | null | FULL");
    }

    @Test
    void aPossessiveAfterAPluralDoesNotCloseAQuote() {
        assertThat(quotes("Helen Marsh said: ‘The drivers’ union agreed to the players’ terms.’"))
                .extracting(Quote::text)
                .containsExactly("The drivers’ union agreed to the players’ terms.");
    }

    @Test
    void aNestedQuoteStaysInsideItsQuote() {
        assertThat(quotes("“He said, ‘Go now,’ and we went,” Lena Varga said."))
                .extracting(Quote::text)
                .containsExactly("He said, ‘Go now,’ and we went,");
    }

    @Test
    void aNestedQuoteInTheSameDoubleMarksStaysInsideItsQuote() {
        assertThat(
                        quotes(
                                "“Some got upset and called us “terrorists”. It got out of control,” Lena Varga said. “It was a “hoax”, they said.”"))
                .extracting(Quote::text)
                .containsExactly(
                        "Some got upset and called us “terrorists”. It got out of control,",
                        "It was a “hoax”, they said.");
    }

    @Test
    void headlineQuotesInSingleMarksAreSpeechOfThePersonNamed() {
        QuoteExtraction extraction =
                extract(
                        "‘Night Ferry’ Star Ana Ruiz Says Shoot Took ‘Ten Days’: ‘We Froze’\n\nThe show “Night Ferry” returns. Ana Ruiz spoke.",
                        true);

        assertThat(extraction.quotes())
                .extracting(q -> q.text() + " | " + q.speaker())
                .containsExactly("Ten Days | Ana Ruiz", "We Froze | Ana Ruiz");
        assertThat(extraction.works()).extracting(w -> w.text()).contains("Night Ferry");
    }

    @Test
    void aHeadlinesTitleBeforeRecapOrAfterUnveilsIsNoSpeech() {
        String recap =
                "‘Villa Paradiso’ Recap: Kayleigh Torches B-Mo at the Fire Pit\n\nBy Ana"
                        + " Ruiz\n\nOkay. WOW.";
        assertThat(spanTexts(extract(recap, true).quotes(), recap)).isEmpty();
        String launch =
                "Lumenfold unveils ‘Atlas’ AI agent, promising an assistant that ‘actually finishes"
                        + " the job’\n\nThe San Francisco company says its new system can book"
                        + " travel.";
        assertThat(spanTexts(extract(launch, true).quotes(), launch))
                .containsExactly("actually finishes the job");
    }

    @Test
    void aHeadlineDropsItsVerbBeforeTheWordsQuotedAfterATitleWord() {
        QuoteExtraction extraction =
                extract(
                        "Pettaway says farm bill ‘unacceptable’\n\nSen. Marjorie Pettaway will vote"
                                + " against the bill. Netflix renewed the series “The Quiet Tide”.",
                        true);

        assertThat(extraction.quotes())
                .extracting(q -> q.text() + " | " + q.speaker())
                .containsExactly("unacceptable | Marjorie Pettaway");
        assertThat(extraction.works()).extracting(w -> w.text()).contains("The Quiet Tide");
    }

    @Test
    void wordsSetApartAsAParagraphAreSpeechUnlessThePrecedingWordsSayWhatTheyAre() {
        assertThat(
                        quotes(
                                "The senator asked whether anyone had checked. \"It went to a dead inbox,\" Ruiz said.\n\n\"Yes.\"\n\nSen. Dale Whitcomb then asked about funding.\n\n'SHE CALLED ME HER ROCK'\n\nGareth Lyle said the claims were untrue."))
                .extracting(Quote::text)
                .containsExactly("It went to a dead inbox,", "Yes.", "SHE CALLED ME HER ROCK");
        assertThat(
                        quotes(
                                "Just what is this priceless slogan?\n\n“Meth. We’re on it.”\n\nYes, that is it."))
                .isEmpty();
    }

    @Test
    void aOneWordSentenceAfterACueAndColonIsAnAnswer() {
        assertThat(
                        quotes(
                                "Kara Brewster, 41, appeared in court. Asked how she pleaded, she replied quietly: ‘Guilty.’"))
                .extracting(q -> q.text() + " | " + q.speaker())
                .containsExactly("Guilty. | Kara Brewster");
        assertThat(quotes("Her label announced a lead single, “Lantern Street.”")).isEmpty();
    }

    @Test
    void aQuestionQuotedAfterAskedIsTheAskersNotTheAnswerers() {
        assertThat(
                        quotes(
                                "Kenny Duff spoke on Tuesday. \"It is a great club,\" Duff said.\n\nAsked directly, \"Would you take it if they called?\", he laughed: \"You are not getting me with that one.\""))
                .extracting(q -> q.text() + " | " + q.speaker())
                .containsExactly(
                        "It is a great club, | Kenny Duff",
                        "Would you take it if they called? | null",
                        "You are not getting me with that one. | Kenny Duff");
    }

    @Test
    void creditsSportsOutletsAndProgrammesKnownByName() {
        assertThat(
                        quotes(
                                "Seán Breen said the family feared worse. \"You think the worst,\" he said on Off The Ball. \"I have a good memory,\" Marco Rinaldi told Sky Sport Italia."))
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly("Seán Breen | Off The Ball", "Marco Rinaldi | Sky Sport Italia");
        assertThat(
                        quotes(
                                "Tony Ruddock spoke later. Speaking to iFL TV, he said: “He was provoked.”"))
                .extracting(Quote::outlet)
                .containsExactly("iFL TV");
    }

    @Test
    void aHeadlineQuotationTakesTheOutletOfItsWordsQuotedAgainBelow() {
        assertThat(
                        extract(
                                        "Nadia Frost claims ex Gareth Lyle ‘vanished’ during"
                                                + " treatment\n\nNadia Frost told Vanity Fair that"
                                                + " her former"
                                                + " husband “simply vanished” when she was"
                                                + " diagnosed. Lyle, 51, denied it.",
                                        true)
                                .quotes())
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly("Nadia Frost | Vanity Fair", "Nadia Frost | Vanity Fair");
    }

    @Test
    void anInterviewCreditsItsOutletToEveryLaterQuotationOfThePersonInterviewed() {
        String filler = "Campaigners have long called for change. ".repeat(3);
        assertThat(
                        quotes(
                                "Gun laws\n\nAna Ruiz has admitted that failing to pass “common"
                                        + " sense laws” is her greatest frustration.\n\nIn an"
                                        + " interview with the BBC, Ms Ruiz said it was"
                                        + " “distressing”.\n\n"
                                        + (filler + "\n\n").repeat(4)
                                        + "“I will keep trying,” Ms Ruiz said.\n\nIn a statement"
                                        + " later, she said the bill was “not dead”."))
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly(
                        "Ana Ruiz | null", "Ana Ruiz | BBC", "Ana Ruiz | BBC", "Ana Ruiz | null");
    }

    @Test
    void aHeadlineWordAboveTheFirstNameIsNoOutletTheShowIsCreditedWith() {
        assertThat(
                        quotes(
                                "Podcast\n\nBeatriz Okonjo-Hale spoke to the show hosted by Tamsin"
                                        + " Royle. “Thanks for that,” Royle said.\n\n“You’re"
                                        + " welcome,” Okonjo-Hale said."))
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly("Tamsin Royle | null", "Beatriz Okonjo-Hale | null");
    }

    @Test
    void aStatementReadOnBehalfOfSomeoneIsTheirsAndABodyNamedLikeAnOutletIsNone() {
        assertThat(
                        quotes(
                                "Verdict\n\nGary Lund was convicted at Reading Crown Court.\n\nOutside"
                                        + " court, Det Ch Insp Mark Fallon read a statement on behalf of"
                                        + " Ms Brett's family. “Nicola was a loving mum,” it said.\n\n"
                                        + "Speaking afterwards, the detective said the force had"
                                        + " referred itself to the Independent Office for Police"
                                        + " Conduct. “We will co-operate fully,” he said."))
                .extracting(q -> q.speaker() + " | " + q.outlet())
                .containsExactly("Ms Brett's family | null", "Mark Fallon | null");
    }

    @Test
    void aQuoteWithNoOneToSpeakItHasNoSpeakerAndSaysSo() {
        QuoteExtraction extraction =
                extract("The flood came fast.\n\n“We are closed until further notice.”", false);

        assertThat(extraction.quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNull());
        assertThat(extraction.unresolved())
                .extracting(u -> u.reason())
                .contains("no speaker found for the quotation");
    }

    @Test
    void findsReportedSpeechWithItsSpeakerAndOutlet() {
        QuoteExtraction extraction =
                extract(
                        "In a conversation with The Sunday Times, Kit Arden mentioned that the show had grown.",
                        false);

        assertThat(extraction.reported())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.text()).isEqualTo("the show had grown");
                            assertThat(r.speaker()).isEqualTo("Kit Arden");
                            assertThat(r.cue()).isEqualTo("mentioned");
                            assertThat(r.outlet()).isEqualTo("The Sunday Times");
                        });
    }
}
