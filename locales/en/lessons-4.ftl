# Waymark — lessons 13–15 (English source).
# Written in plain words from /work/shared/facts/ and the sources in docs/content-sources.md.
# No phone numbers here: the app has a checked directory. Right answers are in content/lessons/<id>.json.

## Getting help after harm

lesson-after-harm-title = After harm: complaints, justice and going home
lesson-after-harm-summary = Learn how to complain, where to find free legal help, why victims should not be punished, and what shelters and return support offer.

lesson-after-harm-complaints-title = Complaints, legal aid and compensation
lesson-after-harm-complaints-body = If you were cheated or harmed, you can complain to the labour office where you work, to the office in your own country that licensed your recruitment agency, to your embassy or consulate, or to the police. Legal aid organisations and trade unions can help you for free or at low cost. Keep evidence: your contract, pay slips, messages, photos, names and dates. You may be able to get unpaid wages or compensation back; ask a hotline or a legal aid service how.

lesson-after-harm-non-punishment-title = Victims should not be punished
lesson-after-harm-non-punishment-body = If you were trafficked, you should not be punished for things you were forced to do because of it, such as working without a permit, using false papers the traffickers gave you, or cheating people online in a scam compound. This is called the non-punishment principle. It is in international rules, including the ILO Protocol on forced labour and the ASEAN Convention against trafficking. Not every country applies it well, so ask for a lawyer or a support organisation before you make a statement.

lesson-after-harm-shelter-and-home-title = Shelters and going home
lesson-after-harm-shelter-and-home-body = Many countries have shelters for survivors, run by the government or by organisations, with a safe place to stay, health care, counselling and help with legal steps. Ask what support you can get and what rules apply, for example whether you can go out, work or call your family. Your embassy and organisations such as IOM can help you return home safely and find support after you arrive, for health, work or school. Your story belongs to you: you decide whom you tell.

lesson-after-harm-q1 = Hana was not paid for three months. What will help her complaint most?
lesson-after-harm-q1-a = Wait until she is back home, because complaints can only be made in her own country.
lesson-after-harm-q1-a-why = Not quite. She can complain where she works too, for example to the labour office or through her embassy, and it is often easier while she is still there.
lesson-after-harm-q1-b = Keep her contract, pay slips and messages, and ask a labour office or union.
lesson-after-harm-q1-b-why = Yes. Evidence makes a complaint much stronger, and a labour office, union or legal aid service knows how to claim unpaid wages.
lesson-after-harm-q1-c = Posting the employer's name on social media first.
lesson-after-harm-q1-c-why = Not quite. Posting can warn the employer, put her at risk and even get her into legal trouble. A formal complaint is safer.

lesson-after-harm-q2 = Tun was trafficked into a scam compound and forced to cheat people online. What does the non-punishment principle say?
lesson-after-harm-q2-a = Victims should not be punished for crimes they were forced to commit.
lesson-after-harm-q2-a-why = Right. Tun was forced to do this as part of being trafficked. He should be treated as a victim, and a support organisation can help him explain his situation.
lesson-after-harm-q2-b = Victims are never questioned by the police.
lesson-after-harm-q2-b-why = Not quite. The police may still ask questions. The principle is about not punishing victims, and he can ask for a lawyer or a support organisation.
lesson-after-harm-q2-c = It only protects people who entered the country legally, with a valid visa.
lesson-after-harm-q2-c-why = Not quite. The principle also covers victims who crossed a border without papers because of the trafficking.

lesson-after-harm-q3 = Which of these can a legal aid service or a union help with?
lesson-after-harm-q3-a = Only cases that are already going to court.
lesson-after-harm-q3-a-why = Not quite. Most of their work happens outside court: advice, letters, talks with employers and complaints to labour offices.
lesson-after-harm-q3-b = Only workers who have a valid work permit.
lesson-after-harm-q3-b-why = Not quite. Many legal aid services and unions also help workers without papers, for example to claim wages for work already done.
lesson-after-harm-q3-c = Your rights, unpaid wages and complaints.
lesson-after-harm-q3-c-why = Yes. They can explain your rights, help you claim what you are owed and guide you through a complaint, often for free.

lesson-after-harm-q4 = What is a shelter for survivors of trafficking?
lesson-after-harm-q4-a = A kind of prison where people without papers are kept until they are sent home.
lesson-after-harm-q4-a-why = This is a common fear, but a shelter is meant to protect you, not to punish you. Ask what rules apply before you go.
lesson-after-harm-q4-b = A safe place to stay, with health care and legal help.
lesson-after-harm-q4-b-why = Right. Shelters give survivors a safe place and help to recover and to take the next steps.
lesson-after-harm-q4-c = A place only for people who still have their passport.
lesson-after-harm-q4-c-why = Not quite. Many survivors have lost their documents or had them taken. Shelters and embassies can help with that too.

lesson-after-harm-q5 = Thu wants to go home after being exploited abroad. What is true?
lesson-after-harm-q5-a = She must pay for the journey herself before anyone will help.
lesson-after-harm-q5-a-why = Not quite. Embassies and organisations such as IOM can sometimes help with the journey. Ask what support there is.
lesson-after-harm-q5-b = She cannot go home until the case against the employer is over.
lesson-after-harm-q5-b-why = Not quite. A case may take time, but going home is her choice. A lawyer can explain how a case can go on after she leaves.
lesson-after-harm-q5-c = Her embassy or IOM can help her return safely.
lesson-after-harm-q5-c-why = Yes. Help with a safe return and with support after arriving, such as health care, work or school, is available in many countries.

## Ready for a crisis

lesson-crisis-ready-title = Ready for a crisis
lesson-crisis-ready-summary = Learn how to prepare for a war, a disaster or a sudden job loss abroad, and how to stay safe when it happens.

lesson-crisis-ready-plan-title = Plan before it happens
lesson-crisis-ready-plan-body = Wars, floods, fires, disease outbreaks or a sudden loss of your job can hit migrants hard, far from family and in a foreign language. Prepare before: register with your embassy or consulate if your country offers this, and write down its address and numbers on paper. Find out where the nearest safe place is. Agree with your family and friends how you will contact each other if the phone network stops working.

lesson-crisis-ready-kit-title = An emergency bag
lesson-crisis-ready-kit-body = Keep a small bag ready with your passport and ID or copies of them, copies of your contract and work permit, some cash, any medicines you need, a phone charger and a paper list of numbers. Keep photos of your documents in a safe online place or with your family, so that you can prove who you are if the papers are lost.

lesson-crisis-ready-during-title = When a crisis comes
lesson-crisis-ready-during-body = During a crisis, follow information from the authorities and your embassy, not rumours. Tell your family that you are safe. If your employer leaves or stops paying, you still have a right to your wages and your documents, so write down what you are owed. Be careful with people who offer a quick way across a border for money: in a crisis, smugglers and traffickers look for people in a hurry. Your embassy, IOM or a hotline can tell you about safe ways out.

lesson-crisis-ready-q1 = What is a good step to take before a crisis happens?
lesson-crisis-ready-q1-a = Register with your embassy and keep its details on paper.
lesson-crisis-ready-q1-a-why = Yes. An embassy that knows you are there can find and help you, and numbers on paper still work when the phone does not.
lesson-crisis-ready-q1-b = Keep all your documents only on your phone, so nothing can get lost.
lesson-crisis-ready-q1-b-why = Not quite. Photos on the phone are useful, but a phone can be lost, broken or run out of power. Keep paper copies too.
lesson-crisis-ready-q1-c = Wait for your employer to make a plan for you.
lesson-crisis-ready-q1-c-why = Not quite. Some employers help, but some leave. Your own plan keeps you safe either way.

lesson-crisis-ready-q2 = Floods hit the city where you work. A stranger offers to drive you across the border tonight for a large fee. What is wise?
lesson-crisis-ready-q2-a = Go at once, because any way out is better than staying.
lesson-crisis-ready-q2-a-why = Not quite. In a crisis, people who are in a hurry are easy to trap. An unknown driver can take you somewhere more dangerous.
lesson-crisis-ready-q2-b = Go if other workers are going with him too.
lesson-crisis-ready-q2-b-why = Not quite. A group can be trafficked together. Other people going does not prove that the offer is safe.
lesson-crisis-ready-q2-c = Check first with your embassy, IOM or a hotline.
lesson-crisis-ready-q2-c-why = Right. Checking first takes a little time, but it can keep you away from smugglers and traffickers, and they can tell you about safe ways out.

lesson-crisis-ready-q3 = What should go in an emergency bag?
lesson-crisis-ready-q3-a = Only money, because you can buy everything else.
lesson-crisis-ready-q3-a-why = Not quite. In a crisis, shops may close, and money cannot replace your documents or your medicines.
lesson-crisis-ready-q3-b = Documents, cash, medicines, a charger, numbers on paper.
lesson-crisis-ready-q3-b-why = Yes. These let you prove who you are, stay healthy and reach help.
lesson-crisis-ready-q3-c = Only your original passport, so that the bag stays light and easy.
lesson-crisis-ready-q3-c-why = Your passport matters most, but copies, cash, medicines and numbers on paper are small and can save you a lot of trouble.

lesson-crisis-ready-q4 = Your employer closes the factory because of the crisis and leaves without paying you. What is true?
lesson-crisis-ready-q4-a = You are still owed your wages; write down how much and ask for help.
lesson-crisis-ready-q4-a-why = Right. A crisis does not cancel the pay for work you already did. A written record helps you claim it later.
lesson-crisis-ready-q4-b = In a crisis, employers do not have to pay wages.
lesson-crisis-ready-q4-b-why = Not quite. Pay for work already done is still owed. A labour office, union or embassy can help you claim it.
lesson-crisis-ready-q4-c = You lose your wages if you leave the factory's dormitory before it closes.
lesson-crisis-ready-q4-c-why = Not quite. Leaving to stay safe does not take away what you earned. Your safety comes first.

lesson-crisis-ready-q5 = You hear a rumour that the border will close tomorrow. What should you do?
lesson-crisis-ready-q5-a = Share it at once in every group chat, to warn people.
lesson-crisis-ready-q5-a-why = Not quite. A false rumour can cause panic and push people into unsafe choices. Check it first.
lesson-crisis-ready-q5-b = Check with official sources or your embassy first.
lesson-crisis-ready-q5-b-why = Yes. Official sources and your embassy know what is really happening and what to do.
lesson-crisis-ready-q5-c = Believe it if many people are repeating it.
lesson-crisis-ready-q5-c-why = Not quite. Rumours spread fast in a crisis. Many people repeating something does not make it true.

## A few phrases in the destination's language

lesson-useful-phrases-title = A few phrases for the place you go
lesson-useful-phrases-summary = Learn a few short phrases in Thai, Malay and Chinese that help you ask for help and for an interpreter.

lesson-useful-phrases-thai-title = In Thailand (Thai)
lesson-useful-phrases-thai-body = ช่วยด้วย (chuay duay) means "Help!". ฉันต้องการความช่วยเหลือ (chan tong-kan khwam chuay luea) means "I need help". ฉันไม่เข้าใจ (chan mai khao jai) means "I do not understand". ขอล่ามได้ไหม (kho lam dai mai) means "Can I have an interpreter?". Men often say ผม (phom) instead of ฉัน (chan) for "I".

lesson-useful-phrases-malay-title = In Malaysia (Malay)
lesson-useful-phrases-malay-body = Tolong! means "Help!". Saya perlukan bantuan means "I need help". Saya tidak faham means "I do not understand". Saya perlukan jurubahasa means "I need an interpreter". Panggil polis means "Call the police".

lesson-useful-phrases-chinese-title = In Taiwan and Hong Kong (Chinese)
lesson-useful-phrases-chinese-body = Most people in Taiwan speak Mandarin, and most people in Hong Kong speak Cantonese, but both use the same traditional Chinese characters, so showing the written words works in both. 救命 (jiuming) means "Help!". 我需要幫助 (wo xuyao bangzhu) means "I need help". 我聽不懂 (wo ting bu dong) means "I do not understand". 我需要翻譯 (wo xuyao fanyi) means "I need an interpreter". Save these phrases on paper and on your phone, together with your address in the local language.

lesson-useful-phrases-q1 = In Malaysia, what does "Tolong!" mean?
lesson-useful-phrases-q1-a = "Thank you!"
lesson-useful-phrases-q1-a-why = Not quite. "Thank you" in Malay is "Terima kasih". "Tolong!" is what you shout when you need help.
lesson-useful-phrases-q1-b = "Help!"
lesson-useful-phrases-q1-b-why = Right. "Tolong!" means "Help!". It is also used to say "please" when you ask someone to do something.
lesson-useful-phrases-q1-c = "Excuse me."
lesson-useful-phrases-q1-c-why = Not quite. "Excuse me" in Malay is usually "Maaf" or "Tumpang lalu". "Tolong!" asks for help.

lesson-useful-phrases-q2 = What does the Thai phrase ฉันไม่เข้าใจ (chan mai khao jai) mean?
lesson-useful-phrases-q2-a = "I do not understand."
lesson-useful-phrases-q2-a-why = Yes. ไม่ (mai) means "not" and เข้าใจ (khao jai) means "understand". It is a good phrase to say before you ask for an interpreter.
lesson-useful-phrases-q2-b = "I am not afraid."
lesson-useful-phrases-q2-b-why = Not quite. เข้าใจ (khao jai) means "understand", so the phrase says that you do not understand.
lesson-useful-phrases-q2-c = "I do not agree with you."
lesson-useful-phrases-q2-c-why = Not quite. The phrase is about understanding, not agreeing. It tells the person that you need simpler words or an interpreter.

lesson-useful-phrases-q3 = In Taiwan, what does 我需要翻譯 (wo xuyao fanyi) mean?
lesson-useful-phrases-q3-a = "I need to see a doctor."
lesson-useful-phrases-q3-a-why = Not quite. 翻譯 (fanyi) means "interpreter" or "translation", not "doctor".
lesson-useful-phrases-q3-b = "I need a ticket."
lesson-useful-phrases-q3-b-why = Not quite. 我需要 (wo xuyao) means "I need", and 翻譯 (fanyi) means "interpreter".
lesson-useful-phrases-q3-c = "I need an interpreter."
lesson-useful-phrases-q3-c-why = Right. You can ask for an interpreter at the police, at a hospital or at a labour office.

lesson-useful-phrases-q4 = Why is it useful to keep these phrases written on paper or on your phone?
lesson-useful-phrases-q4-a = Because the police only accept requests in writing.
lesson-useful-phrases-q4-a-why = Not quite. You can speak to the police too. Writing simply helps when speaking is hard.
lesson-useful-phrases-q4-b = Because when you are scared, you can just show them.
lesson-useful-phrases-q4-b-why = Yes. Under stress it is easy to forget words or to say them wrongly. Written words are clear.
lesson-useful-phrases-q4-c = Because writing them down is the only way to learn a language.
lesson-useful-phrases-q4-c-why = Not quite. There are many ways to learn. Here the point is to have the words ready when you need them.

lesson-useful-phrases-q5 = Most people in Hong Kong speak Cantonese, not Mandarin. Can the written Chinese phrases still help there?
lesson-useful-phrases-q5-a = Yes, both places use the same traditional characters.
lesson-useful-phrases-q5-a-why = Right. Even when the spoken words sound different, people in Hong Kong can read the written phrases.
lesson-useful-phrases-q5-b = No, because people in Hong Kong cannot read Chinese characters.
lesson-useful-phrases-q5-b-why = Not quite. People in Hong Kong read and write Chinese characters every day.
lesson-useful-phrases-q5-c = Only if you also say them in Mandarin.
lesson-useful-phrases-q5-c-why = Not quite. Showing the written words is enough. You do not need to pronounce them.
