# Waymark — the teacher section of every lesson (English source).
# Keys: lesson-<id>-objective-<o>, lesson-<id>-discuss-<d>, lesson-<id>-teacher-notes;
# the ids <o> and <d> are listed in content/lessons/<id>.json. No phone numbers here.

## Labels

lesson-teacher-title = For teachers
lesson-age-band = Age { $min }–{ $max }
lesson-age-band-open = Age { $min } and over
lesson-objectives-title = Learning objectives
lesson-discussion-title = Questions for discussion
lesson-teacher-notes-title = Notes for the teacher
lesson-disclosure-title = If a student tells you about abuse
lesson-disclosure-body = Stay calm, listen and let the student tell it in their own words. Do not push for details or ask questions that suggest an answer. Tell them that it is not their fault and that they were right to tell you. Do not promise to keep it a secret: explain that you may need to tell someone whose job is to keep them safe. Follow your school's child-protection procedure and tell the person responsible on the same day. If the student is in danger now, contact the emergency services or a hotline from the directory. Do not confront the person they name, and do not talk about it in front of the class. Write down what the student said, in their words and with the date, and keep the note private.

## What is trafficking?

lesson-what-is-trafficking-objective-define = Explain in their own words what human trafficking and forced labour are.
lesson-what-is-trafficking-objective-signs = Name at least four of the ILO signs of forced labour.
lesson-what-is-trafficking-objective-anyone = Explain why a victim is never to blame, even if they agreed to the job at first.
lesson-what-is-trafficking-discuss-agree = Why might a person who agreed to a job still be a victim of trafficking?
lesson-what-is-trafficking-discuss-hidden = Many victims are not locked up. What else can stop a person from leaving?
lesson-what-is-trafficking-discuss-myths = What beliefs about trafficking have you heard in your community? Which ones does this lesson show to be wrong?
lesson-what-is-trafficking-teacher-notes = Start with this lesson: the others build on its words. Some students may have family members who work abroad, so talk about situations in general and do not ask anyone to share their own story in front of the class. Say at the start that anyone can talk to you privately afterwards.

## How recruiters lie

lesson-recruiter-deception-objective-offers = Recognise the warning signs of a false job offer.
lesson-recruiter-deception-objective-online = Describe how scam-compound recruitment works online.
lesson-recruiter-deception-objective-check = Explain how to check an agency and a job before leaving.
lesson-recruiter-deception-discuss-why = Why do false offers often promise free travel and very high pay?
lesson-recruiter-deception-discuss-pressure = A recruiter says you must decide today. What could you say, and who could you ask?
lesson-recruiter-deception-discuss-check = Where in our country can a person check whether an agency has a licence?
lesson-recruiter-deception-teacher-notes = Bring real job advertisements from local social media, with names removed, and let small groups look for warning signs. Before the class, find the name of your country's licensing authority in the checklists of this app, so you can answer the last question.

## Your documents and your phone

lesson-documents-and-phone-objective-keep = Explain why a passport or ID card should never be handed over to keep.
lesson-documents-and-phone-objective-copies = List what to copy and leave with family before leaving.
lesson-documents-and-phone-objective-phone = Plan how to keep important numbers safe even if a phone is taken.
lesson-documents-and-phone-discuss-ask = An employer says it is normal for the company to hold passports. How would you answer?
lesson-documents-and-phone-discuss-copies = Who in your family would you give your copies to, and why that person?
lesson-documents-and-phone-teacher-notes = Ask students to make a paper card with the numbers they would need, as a class activity, using the directory in this app. Remind them that a card kept apart from the phone still works if the phone is lost or taken.

## Debt and fees

lesson-debt-and-fees-objective-zero-fee = Explain the zero-fee principle of fair recruitment.
lesson-debt-and-fees-objective-debt = Describe how a debt can be used to control a worker.
lesson-debt-and-fees-objective-contract = List what to check in a contract before signing it.
lesson-debt-and-fees-discuss-fees = Many people believe that paying a large fee is normal. Why might they believe this?
lesson-debt-and-fees-discuss-loan = A recruiter offers to lend you the money for the fee. What are the risks?
lesson-debt-and-fees-discuss-contract = What would you do if a contract is written in a language you cannot read?
lesson-debt-and-fees-teacher-notes = Some families in the class may have borrowed money for migration. Talk about debts without judging, and make clear that a person who is in debt is not to blame. Rules on fees differ between countries; say that the law may allow a small fee in some places, but never a fee used to hold a worker.

## Your rights at work

lesson-rights-at-work-objective-rights = Name the basic rights every worker has: pay, rest, documents and freedom to leave.
lesson-rights-at-work-objective-deductions = Explain which deductions from pay are fair and which are not.
lesson-rights-at-work-objective-status = Explain that workers without papers still have rights and can ask for help.
lesson-rights-at-work-discuss-deductions = An employer takes money from your pay for housing you never agreed to. What could you do?
lesson-rights-at-work-discuss-day-off = Why does a weekly day off matter for safety, not only for rest?
lesson-rights-at-work-discuss-status = Why might a worker without a valid permit be afraid to ask for help, and what could make it easier?
lesson-rights-at-work-teacher-notes = Laws on pay, days off and permits differ between countries; this lesson teaches the principles, not one country's law. If students ask about a specific country, point them to the checklist for that route and to the services in the directory.

## Online grooming and sextortion

lesson-online-grooming-objective-grooming = Recognise how grooming starts online: fast trust, secrecy and requests for photos.
lesson-online-grooming-objective-sextortion = Explain what to do, and what not to do, if someone threatens to share pictures.
lesson-online-grooming-objective-harassment = Recognise sexual harassment and exploitation, and know that the victim is never to blame.
lesson-online-grooming-discuss-secret = Why does a groomer ask a person to keep the friendship secret?
lesson-online-grooming-discuss-blame = People sometimes blame the person whose pictures were shared. Why is that wrong, and how does it help the abuser?
lesson-online-grooming-discuss-help = Who could a young person tell if this happened to them?
lesson-online-grooming-teacher-notes = This topic can be painful for students who have been through it. Warn the class before you start, let students step out if they need to, and never ask for examples from their own lives. Do not show real abusive pictures or messages. A student may come to you after this lesson; read the section on disclosures before you teach it.

## How to get help

lesson-getting-help-objective-where = Find a checked hotline in the directory and explain what it offers.
lesson-getting-help-objective-say = Practise what to say when asking for help.
lesson-getting-help-objective-safe = Explain how to ask for help without being put at more risk.
lesson-getting-help-discuss-fear = What might stop a person from calling for help, and how could we make it easier?
lesson-getting-help-discuss-practise = In pairs, practise a short call: say what you need and where you are.
lesson-getting-help-teacher-notes = Let students open the directory in the app during the lesson and find the services for their country. Do not ask them to call a real hotline as practice: those lines are for people who need help now.

## Helping a friend safely

lesson-helping-a-friend-objective-listen = Show how to listen to a friend without blaming them.
lesson-helping-a-friend-objective-risks = Name actions that could put a friend in more danger.
lesson-helping-a-friend-objective-choose = Explain why the friend should decide what happens next, unless someone is in danger now.
lesson-helping-a-friend-discuss-post = Why might posting about a friend's situation online make it worse?
lesson-helping-a-friend-discuss-words = What words could you use to tell a friend that it is not their fault?
lesson-helping-a-friend-teacher-notes = Role-play works well here: one student plays the friend, one the helper, with a made-up situation. Remind students that they can always ask an adult or a hotline for advice without giving a friend's name.

## Smuggling or trafficking?

lesson-smuggling-or-trafficking-objective-difference = Explain the difference between smuggling and trafficking.
lesson-smuggling-or-trafficking-objective-turn = Describe how smuggling can turn into trafficking.
lesson-smuggling-or-trafficking-objective-children = Explain why moving a child to be exploited is trafficking even without force or lies.
lesson-smuggling-or-trafficking-discuss-words = People often use "smuggling" and "trafficking" as if they meant the same. Why does the difference matter for the person involved?
lesson-smuggling-or-trafficking-discuss-consent = Why does the law not accept a child's agreement as a reason to exploit them?
lesson-smuggling-or-trafficking-discuss-fear = Why might a smuggled person be afraid to ask for help, and what would you tell them?
lesson-smuggling-or-trafficking-teacher-notes = Draw two columns on the board, smuggling and trafficking, and sort short made-up cases into them together; some cases will move from one column to the other as the story goes on. Avoid any suggestion that migrants who crossed without papers are criminals: the lesson is about who exploits whom.

## Forced and brokered marriage

lesson-forced-marriage-objective-define = Explain what makes a marriage forced.
lesson-forced-marriage-objective-signs = Name warning signs that a marriage arranged by a broker may be trafficking.
lesson-forced-marriage-objective-help = Say where a young person can get help if they are pushed to marry.
lesson-forced-marriage-discuss-pressure = What kinds of pressure can make it hard to say no to a marriage?
lesson-forced-marriage-discuss-broker = Why might a family accept a broker's offer, and what questions could they ask first?
lesson-forced-marriage-discuss-support = How could a friend support someone who is afraid of being married against their will?
lesson-forced-marriage-teacher-notes = Marriage is tied to family and culture, and some students may already be promised or married. Talk about free choice and safety without criticising any family or community. Be ready for a student who asks to talk to you afterwards, and know your school's child-protection procedure before the lesson.

## Domestic work and fishing

lesson-domestic-work-and-fishing-objective-domestic = Name the standards a domestic worker can ask for: documents, weekly rest, a written contract.
lesson-domestic-work-and-fishing-objective-fishing = Recognise warning signs in a job offer on a fishing boat.
lesson-domestic-work-and-fishing-objective-connected = Plan how to stay in contact with family in an isolated job.
lesson-domestic-work-and-fishing-discuss-hidden = Why is abuse harder to notice in a private home or at sea than in a factory?
lesson-domestic-work-and-fishing-discuss-questions = What questions would you ask a recruiter before taking a job on a boat or in a house?
lesson-domestic-work-and-fishing-teacher-notes = Many families in the region have a member who works as a domestic worker or a fisher; treat these jobs with respect, as real work that can be done safely. Students can write a short list of questions to ask a recruiter and compare them in groups.

## Money: sending, borrowing, insurance

lesson-money-abroad-objective-send = Explain how to send money home safely and compare the cost.
lesson-money-abroad-objective-borrow = Describe how a loan from a recruiter or an unlicensed lender can become debt bondage.
lesson-money-abroad-objective-insure = List what to ask about insurance before leaving.
lesson-money-abroad-discuss-cost = Why can a service with a low fee still cost more in the end?
lesson-money-abroad-discuss-loan = Where do people in our area borrow money to migrate, and which of those places are safer?
lesson-money-abroad-discuss-scam = Have you heard of scams asking for codes or PINs? How can people protect themselves?
lesson-money-abroad-teacher-notes = An exercise works well: give two made-up transfer offers with a fee and an exchange rate, and let students work out which one delivers more money. Do not ask students about their own family's debts or income. Do not name or recommend a particular company.

## After harm: complaints, justice and going home

lesson-after-harm-objective-complain = Name the places where a worker can complain and the evidence to keep.
lesson-after-harm-objective-non-punishment = Explain the non-punishment principle in simple words.
lesson-after-harm-objective-support = Describe what shelters and return support can offer.
lesson-after-harm-discuss-evidence = Why is it useful to keep pay slips and messages even when everything seems fine?
lesson-after-harm-discuss-blame = Why might a survivor fear being punished, and how does the non-punishment principle help?
lesson-after-harm-discuss-return = What could make going home hard for a survivor, and how can a community welcome them back?
lesson-after-harm-teacher-notes = Some students or their relatives may have come back from a bad experience abroad. Speak about survivors with respect and never as people who made a mistake. The details of legal aid, complaint offices and shelters differ by country; use the directory in this app for the services that apply.

## Ready for a crisis

lesson-crisis-ready-objective-plan = Make a simple plan for a crisis abroad.
lesson-crisis-ready-objective-kit = List what goes in an emergency bag.
lesson-crisis-ready-objective-risks = Explain why smugglers and traffickers take advantage of a crisis.
lesson-crisis-ready-discuss-contact = If phones stopped working, how would your family find out that you are safe?
lesson-crisis-ready-discuss-rumours = How can you tell a rumour from official information in a crisis?
lesson-crisis-ready-teacher-notes = Let students write their own crisis plan on one page: who to contact, where to go, what to take. Be careful with students who have lived through a disaster or a conflict; let them choose whether to take part.

## A few phrases for the place you go

lesson-useful-phrases-objective-ask = Say or show a few phrases to ask for help in the language of a destination.
lesson-useful-phrases-objective-interpreter = Ask for an interpreter in the local language.
lesson-useful-phrases-discuss-where = Which places and people could you show these phrases to if you needed help?
lesson-useful-phrases-discuss-more = What other words would be useful to know before you go, for example your address or your employer's name?
lesson-useful-phrases-teacher-notes = Focus on the destination your students are most likely to go to. Practise saying the phrases aloud, but also practise showing them written down. The phrases here are deliberately few; if a native speaker is available, ask them to check pronunciation with the class.
