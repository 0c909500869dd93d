# Waymark — added sections of lessons 5 and 6, and lessons 9–12 (English source).
# Written in plain words from /work/shared/facts/ and the sources in docs/content-sources.md.
# No phone numbers here: the app has a checked directory. Right answers are in content/lessons/<id>.json.

## Your rights at work (added sections)

lesson-rights-at-work-deductions-and-days-off-title = Deductions and days off
lesson-rights-at-work-deductions-and-days-off-body = An employer may only take money out of your pay for things the law or your contract allows, such as tax or social insurance, and should tell you what each deduction is for. Charges you never agreed to, for example for housing, food, tools or a recruitment fee, are not fair. Ask for a pay slip each time you are paid and keep it. You should have at least one full day off each week, and you may spend it outside your workplace.
lesson-rights-at-work-permits-and-status-title = Work permits, and your rights without papers
lesson-rights-at-work-permits-and-status-body = A work permit or work visa lets you work legally, often only for one job or one employer. Find out what your permit allows, when it ends and who must renew it, and keep a copy. If you lose your legal status, for example because the employer did not renew your permit or because you left an abusive job, you still have rights: to be paid for the work you did, to be safe from violence, and to ask for help. In some countries a worker without papers can be detained, so ask a hotline or a support organisation about your options first.

## Online grooming and sextortion (added section)

lesson-online-grooming-exploitation-and-harassment-title = Sexual exploitation and harassment
lesson-online-grooming-exploitation-and-harassment-body = Sexual exploitation is when someone uses another person for sex or sexual pictures to make money or to gain something, often through debt, threats or lies. When the person is a child under 18, it is always exploitation, even if the child seems to agree. Sexual harassment is unwanted sexual words, touching or demands, for example a boss who asks for sex in return for a job or for pay. It is never the fault of the person it happens to. Write down what happened and when, tell someone you trust, and contact a service from the directory.

## Smuggling is not trafficking

lesson-smuggling-or-trafficking-title = Smuggling or trafficking?
lesson-smuggling-or-trafficking-summary = Learn the difference between being smuggled across a border and being trafficked, and why the rule is different for children.

lesson-smuggling-or-trafficking-smuggling-title = What smuggling is
lesson-smuggling-or-trafficking-smuggling-body = Smuggling of migrants means helping a person cross a border without permission, in exchange for money. The person usually agrees to it, and the deal normally ends after the border. Smuggling is dangerous: people die in boats, trucks and forests. A person who crossed without papers may have problems with immigration law, but the crime of smuggling is committed by the smuggler.

lesson-smuggling-or-trafficking-difference-title = What makes it trafficking
lesson-smuggling-or-trafficking-difference-body = Trafficking is about exploitation: someone uses lies, force, threats, a debt or a person's difficult situation to control them and to profit from their work or their body. Trafficking does not need a border; it can happen inside one country. Smuggling can turn into trafficking, for example when the smuggler says the price has gone up and the person must work, without being free to leave, until it is paid. Agreeing at first does not count when the agreement was won by lies or threats.

lesson-smuggling-or-trafficking-children-title = For children, no force or lies are needed
lesson-smuggling-or-trafficking-children-body = A child is anyone under 18. If a child is recruited, moved, handed over or received so that someone can exploit them, it is trafficking even if nobody used force, threats or lies, and even if the child or the parents agreed. For example, a 16-year-old who is taken to the city to work nights in a karaoke bar is a victim of trafficking, even if she went willingly. This is the rule of the UN Trafficking Protocol.

lesson-smuggling-or-trafficking-q1 = Sok pays a man to take him across the border without papers. On the other side the man leaves, and Sok finds a job on his own. What is this most likely to be?
lesson-smuggling-or-trafficking-q1-a = Trafficking, because he crossed the border without papers.
lesson-smuggling-or-trafficking-q1-a-why = Not quite. Crossing without papers is not enough to make it trafficking. Trafficking needs exploitation, and nobody controls Sok after the border.
lesson-smuggling-or-trafficking-q1-b = Nothing unlawful, because Sok agreed and paid.
lesson-smuggling-or-trafficking-q1-b-why = Not quite. Paying someone to cross a border without permission is smuggling, and it is dangerous, even when the person agrees.
lesson-smuggling-or-trafficking-q1-c = Smuggling: the deal ended at the border and Sok is free.
lesson-smuggling-or-trafficking-q1-c-why = Yes. Sok was helped across the border for money, and nobody exploits or controls him afterwards. That is smuggling, not trafficking.

lesson-smuggling-or-trafficking-q2 = After the border, the smuggler tells Lin that she now owes three times the price and must work in a factory, without going out, until it is paid. What has happened?
lesson-smuggling-or-trafficking-q2-a = The smuggling has turned into trafficking, because a debt is used to hold her.
lesson-smuggling-or-trafficking-q2-a-why = Yes. A debt that suddenly grows and stops her from leaving is debt bondage, one of the signs of forced labour. Lin is now being trafficked and has the right to help.
lesson-smuggling-or-trafficking-q2-b = It is still only smuggling, because she agreed to cross the border.
lesson-smuggling-or-trafficking-q2-b-why = Not quite. She agreed to be taken across a border, not to be locked in and forced to work. That agreement does not cover what is happening now.
lesson-smuggling-or-trafficking-q2-c = It is a business debt, so she has to repay it before she can ask anyone for help.
lesson-smuggling-or-trafficking-q2-c-why = This is not right. A debt never gives anyone the right to force a person to work or to keep them inside. She can ask for help now.

lesson-smuggling-or-trafficking-q3 = A 16-year-old agrees to go with a family friend to work at night in a karaoke bar in the city. Nobody threatens her. Is this trafficking?
lesson-smuggling-or-trafficking-q3-a = No, because she agreed to go, and nobody forced or tricked her into it.
lesson-smuggling-or-trafficking-q3-a-why = This is a common belief, but for a child the rule is different. When a child is moved to be exploited, force and lies are not needed for it to be trafficking.
lesson-smuggling-or-trafficking-q3-b = Yes. She is a child, and she is being moved to be exploited.
lesson-smuggling-or-trafficking-q3-b-why = Right. She is under 18 and is being taken to work where she can be exploited. That is trafficking, even though she went willingly.
lesson-smuggling-or-trafficking-q3-c = Only if she is taken to another country.
lesson-smuggling-or-trafficking-q3-c-why = Not quite. Trafficking does not need a border. Moving a child to another town to exploit her is also trafficking.

lesson-smuggling-or-trafficking-q4 = Does trafficking always mean crossing a border?
lesson-smuggling-or-trafficking-q4-a = Yes. Trafficking means taking a person to another country.
lesson-smuggling-or-trafficking-q4-a-why = Not quite. Crossing a border is part of smuggling, but trafficking is about exploitation, wherever it happens.
lesson-smuggling-or-trafficking-q4-b = No, but trafficking inside a country is much less serious.
lesson-smuggling-or-trafficking-q4-b-why = This is not right. A person exploited in their own country suffers the same harm and has the same right to help.
lesson-smuggling-or-trafficking-q4-c = No. It can happen inside one country too.
lesson-smuggling-or-trafficking-q4-c-why = Yes. Trafficking can happen in a person's home town or in a city of their own country, without any border.

lesson-smuggling-or-trafficking-q5 = A man who was smuggled into a country without papers is now being forced to work. What is true?
lesson-smuggling-or-trafficking-q5-a = He may be a trafficking victim, and can still ask for help.
lesson-smuggling-or-trafficking-q5-a-why = Yes. How he entered the country does not take away his rights. He can contact a hotline or a support organisation and ask what his options are.
lesson-smuggling-or-trafficking-q5-b = He cannot ask for help, because he entered the country without papers.
lesson-smuggling-or-trafficking-q5-b-why = This is a common fear, but it is not right. People without papers are also protected against forced labour, and many services help them.
lesson-smuggling-or-trafficking-q5-c = He must first go back home, and only then can he report what happened.
lesson-smuggling-or-trafficking-q5-c-why = Not quite. He can ask for help where he is now. Support services can also help him go home safely if he wants to.

## Forced and brokered marriage

lesson-forced-marriage-title = Forced and brokered marriage
lesson-forced-marriage-summary = Learn what a forced marriage is, the warning signs when a broker arranges a marriage abroad, and how to get help.

lesson-forced-marriage-forced-title = When a person cannot say no
lesson-forced-marriage-forced-body = A forced marriage is a marriage that a person cannot freely refuse, because of threats, pressure, violence or a deal made by other people. It can happen to women and men, girls and boys. The ILO counts forced marriage as a form of modern slavery. A child under 18 cannot give full and free agreement to marriage, so the marriage of a child is always a serious harm, and many countries forbid it.

lesson-forced-marriage-brokered-title = Marriages arranged by a broker
lesson-forced-marriage-brokered-body = Some brokers offer to find a husband or wife in another country, often with money for the family. Some of these marriages are honest, but some are used to traffic women and girls. The bride is taken far away, cannot speak the language, has her documents taken, and is forced to work, to have children or to stay. Warning signs are a broker who pays the family, a wedding arranged within days, a partner you have never met, promises of a rich life, and papers in a language you cannot read.

lesson-forced-marriage-help-title = Your choice, and where to get help
lesson-forced-marriage-help-body = You have the right to choose whether, when and whom to marry. If you or a friend are pushed to marry, talk to someone you trust, such as a teacher, a relative or a social worker, or contact a service from the directory. If you are already married and controlled, keep copies of your documents and a paper list of numbers. Being married does not take away your rights: your embassy and hotlines can help you too.

lesson-forced-marriage-q1 = Nang's parents have agreed with a broker that she will marry a man abroad whom she has never met. The broker will pay the family. Nang does not want to marry him. What is true?
lesson-forced-marriage-q1-a = She has to accept, because her parents agreed and money was paid.
lesson-forced-marriage-q1-a-why = Not quite. Nobody can agree to a marriage for another person. Money paid to the family does not take away Nang's right to refuse.
lesson-forced-marriage-q1-b = The marriage would be forced; she can refuse and get help.
lesson-forced-marriage-q1-b-why = Yes. A marriage needs the free agreement of both people. Nang can talk to someone she trusts or contact a service from the directory.
lesson-forced-marriage-q1-c = It only becomes a problem if the husband treats her badly later.
lesson-forced-marriage-q1-c-why = Not quite. The problem starts now: she is being pushed into a marriage she does not want, arranged by a broker who pays her family.

lesson-forced-marriage-q2 = Which of these is a warning sign that a marriage arranged by a broker may be trafficking?
lesson-forced-marriage-q2-a = The broker pays the family and rushes the wedding.
lesson-forced-marriage-q2-a-why = Right. Money paid to the family and a rushed wedding are warning signs. They leave no time to check who the partner really is.
lesson-forced-marriage-q2-b = The husband lives and works in another country, far from her family.
lesson-forced-marriage-q2-b-why = Not by itself. Many honest couples live across borders. The warning signs are about money, speed, secrecy and control.
lesson-forced-marriage-q2-c = The couple will live with the husband's parents.
lesson-forced-marriage-q2-c-why = Not by itself. Living with the family is common in many places. It becomes a concern if she is kept inside, or her documents or phone are taken.

lesson-forced-marriage-q3 = A 15-year-old says that she will marry soon, because her family arranged it and she said yes. What should we understand?
lesson-forced-marriage-q3-a = Since she said yes herself, it is her own free choice.
lesson-forced-marriage-q3-a-why = Not quite. A child cannot give full and free agreement to marriage. Her yes does not make the marriage safe for her.
lesson-forced-marriage-q3-b = It is acceptable if marrying young is the custom in her village.
lesson-forced-marriage-q3-b-why = Not quite. A custom does not make the harm smaller. Child marriage takes away school, health and choice, and many countries forbid it.
lesson-forced-marriage-q3-c = She is a child, so she cannot freely agree; she can get help.
lesson-forced-marriage-q3-c-why = Yes. She is under 18. A trusted adult, a teacher or a service from the directory can help her and her family.

lesson-forced-marriage-q4 = Mai married through a broker and moved abroad. Her husband's family keeps her passport and does not let her go out alone. What can she do?
lesson-forced-marriage-q4-a = Ask her embassy or a hotline; marriage does not remove her rights.
lesson-forced-marriage-q4-a-why = Yes. A kept passport and not being allowed out are signs of control. Her embassy and hotlines help married people too.
lesson-forced-marriage-q4-b = Nothing, because a wife has to obey her husband's family and stay at home.
lesson-forced-marriage-q4-b-why = This is not right. Marriage does not give anyone the right to keep her documents or to lock her in.
lesson-forced-marriage-q4-c = Wait until she has a baby, because then the family will trust her more.
lesson-forced-marriage-q4-c-why = Not quite. Waiting can make it harder to leave. She can ask for help now, quietly, when it is safe to do so.

lesson-forced-marriage-q5 = Who can be forced into a marriage?
lesson-forced-marriage-q5-a = Only girls from poor families in the countryside.
lesson-forced-marriage-q5-a-why = Not quite. Poverty raises the risk, but forced marriage also happens in families that are not poor.
lesson-forced-marriage-q5-b = Women and men, girls and boys, from any kind of family.
lesson-forced-marriage-q5-b-why = Right. Anyone can be pushed into a marriage they do not want, and everyone has the right to refuse.
lesson-forced-marriage-q5-c = Only people who are taken to another country.
lesson-forced-marriage-q5-c-why = Not quite. Many forced marriages happen inside one country, even in the same village.

## Domestic work and fishing

lesson-domestic-work-and-fishing-title = Domestic work and fishing
lesson-domestic-work-and-fishing-summary = Learn about the risks of working in a private home or on a fishing boat, and the standards these workers can ask for.

lesson-domestic-work-and-fishing-domestic-title = Working in a private home
lesson-domestic-work-and-fishing-domestic-body = Domestic workers clean, cook and care for children or older people in private homes. Because the work happens behind closed doors, abuse is hard for others to see. The ILO Domestic Workers Convention says that domestic workers keep their own passport and ID, have at least 24 hours in a row of rest each week, do not have to stay in the house during their rest, and should be told their terms of work, if possible in a written contract. Not every country has signed it, but these are fair standards to ask for.

lesson-domestic-work-and-fishing-fishing-title = Working on a fishing boat
lesson-domestic-work-and-fishing-fishing-body = Work on a fishing boat can mean months at sea, far from any help. Warning signs are a recruiter who cannot name the boat, the port or how long the trip will last; no written work agreement; pay held back until the end of the trip; documents kept by the captain; and being moved from boat to boat at sea. The ILO Work in Fishing Convention asks for a written work agreement, at least 10 hours of rest in every 24 hours on long trips, and the right to be brought home.

lesson-domestic-work-and-fishing-both-title = Staying connected
lesson-domestic-work-and-fishing-both-body = In both jobs, keep your documents, a copy of your contract and a paper list of numbers. Tell your family the name of your employer and the address, or the name of the boat and its port. Agree with them how often you will call. If your family cannot reach you for a long time, they can ask a hotline for advice.

lesson-domestic-work-and-fishing-q1 = Your employer says domestic workers get no day off, because they live in the house. What is true?
lesson-domestic-work-and-fishing-q1-a = That is right, because living in means you are always on duty.
lesson-domestic-work-and-fishing-q1-a-why = Not quite. Living in the house does not mean working all the time. Domestic workers also need rest.
lesson-domestic-work-and-fishing-q1-b = You only earn a weekly day off after a full year of work.
lesson-domestic-work-and-fishing-q1-b-why = Not quite. The weekly rest is for every week, from the start. Yearly leave is a separate right.
lesson-domestic-work-and-fishing-q1-c = You should get 24 hours in a row off each week.
lesson-domestic-work-and-fishing-q1-c-why = Yes. The ILO standard is at least 24 hours of rest in a row every week, and you do not have to stay in the house during your rest.

lesson-domestic-work-and-fishing-q2 = A recruiter offers work on a fishing boat but cannot say the boat's name, the port or how long the trip lasts. What does this show?
lesson-domestic-work-and-fishing-q2-a = It is normal, because fishing boats change their plans all the time.
lesson-domestic-work-and-fishing-q2-a-why = Not quite. Plans can change at sea, but an honest recruiter knows which boat and which port the job is for.
lesson-domestic-work-and-fishing-q2-b = It is a warning sign; ask for the details in writing first.
lesson-domestic-work-and-fishing-q2-b-why = Right. Without the boat's name and port, nobody can find you or check the job. Ask for the details and a written work agreement before you go.
lesson-domestic-work-and-fishing-q2-c = It does not matter if the pay is high enough.
lesson-domestic-work-and-fishing-q2-c-why = Not quite. High pay with missing details is a reason to check more carefully, not less.

lesson-domestic-work-and-fishing-q3 = The captain says he will keep the fishers' passports and pay everyone at the end of the trip. What should the fishers know?
lesson-domestic-work-and-fishing-q3-a = Kept passports and held-back pay are signs of forced labour.
lesson-domestic-work-and-fishing-q3-a-why = Yes. Both are on the ILO list of signs of forced labour. Together they make it very hard for a fisher to leave.
lesson-domestic-work-and-fishing-q3-b = Captains have to keep passports while at sea, so this is safe.
lesson-domestic-work-and-fishing-q3-b-why = Not quite. A boat may have to show who is on board, but that does not mean the captain should hold your passport for the whole trip.
lesson-domestic-work-and-fishing-q3-c = Being paid at the end is better, because it helps the fishers save.
lesson-domestic-work-and-fishing-q3-c-why = It can sound helpful, but pay held back until the end means you may never get it, and you cannot leave without losing it.

lesson-domestic-work-and-fishing-q4 = Ana works in a house abroad, and her employer takes her phone away every evening. What is the best next step?
lesson-domestic-work-and-fishing-q4-a = Accept it, because the employer is responsible for her at night.
lesson-domestic-work-and-fishing-q4-a-why = Not quite. Her phone belongs to her. Cutting her off from other people is a warning sign of isolation.
lesson-domestic-work-and-fishing-q4-b = Keep numbers on paper, and ask a hotline for help if unsafe.
lesson-domestic-work-and-fishing-q4-b-why = Right. A paper list still works without the phone. A hotline or her embassy can help her plan safely.
lesson-domestic-work-and-fishing-q4-c = Run away that night, without telling anyone.
lesson-domestic-work-and-fishing-q4-c-why = Leaving can be the right choice, but doing it alone at night is risky. It is safer to plan it with a hotline or her embassy.

lesson-domestic-work-and-fishing-q5 = Why are domestic work and work at sea especially risky?
lesson-domestic-work-and-fishing-q5-a = Because these jobs are always illegal in other countries.
lesson-domestic-work-and-fishing-q5-a-why = Not quite. Both are real jobs that can be done legally and safely. The risk comes from how hidden they are.
lesson-domestic-work-and-fishing-q5-b = Because they pay much less than other jobs abroad.
lesson-domestic-work-and-fishing-q5-b-why = Low pay can be a problem, but the bigger risk is that nobody can see what happens to the workers.
lesson-domestic-work-and-fishing-q5-c = Because the work is hidden, far from help.
lesson-domestic-work-and-fishing-q5-c-why = Yes. In a private home or far out at sea, few people can see abuse, and it is hard to ask for help. That is why staying connected matters.

## Money: sending, borrowing, insurance

lesson-money-abroad-title = Money: sending, borrowing, insurance
lesson-money-abroad-summary = Learn how to send money home safely, the risks of borrowing from moneylenders and recruiters, and what to ask about insurance.

lesson-money-abroad-sending-title = Sending money home
lesson-money-abroad-sending-body = Send money through a bank or a licensed money transfer service. Compare both the fee and the exchange rate, because both take money from what arrives. Keep every receipt and transfer number. Never share your PIN or a one-time code, not even with an agent or your employer. Sending money through an unlicensed carrier may look cheaper, but if the money is lost there may be no way to get it back.

lesson-money-abroad-moneylenders-title = Borrowing and moneylenders
lesson-money-abroad-moneylenders-body = Many people borrow money to migrate. A loan from a recruiter, a broker or an unlicensed moneylender can trap you: the interest is high, the debt grows, and the lender may keep your documents or threaten your family. Before you borrow, ask for the full amount you will repay, in writing. Borrow from a bank, a cooperative or a licensed lender, and never give your passport, ID card or bank card as security. A debt never gives anyone the right to force you to work.

lesson-money-abroad-insurance-title = Insurance
lesson-money-abroad-insurance-body = Some countries require insurance for workers who leave through official channels, and some destinations require employers to insure their workers. Before you go, ask what insurance you have, what it covers (illness, accidents, death, losing your job), who pays for it and how to make a claim. Leave the insurer's name and the policy number with the copies you leave at home. Going through official channels is often what makes you covered.

lesson-money-abroad-q1 = Which is the safest way to send money home?
lesson-money-abroad-q1-a = Use a bank or a licensed service, and keep the receipt.
lesson-money-abroad-q1-a-why = Yes. A licensed service can be held responsible, and the receipt helps if something goes wrong. Comparing costs means more money arrives.
lesson-money-abroad-q1-b = Giving cash to a friend of the employer who is travelling home.
lesson-money-abroad-q1-b-why = Not quite. It may be kind of them, but if the money does not arrive, you have no receipt and nobody to complain to.
lesson-money-abroad-q1-c = Whichever service has the lowest fee, even an unlicensed one.
lesson-money-abroad-q1-c-why = Not quite. A low fee can hide a bad exchange rate, and an unlicensed service may not give your money back if it is lost.

lesson-money-abroad-q2 = Someone calls and says they are from the transfer shop. They ask for the code sent to your phone to finish your transfer. What should you do?
lesson-money-abroad-q2-a = Give the code, because the shop needs it to send the money.
lesson-money-abroad-q2-a-why = This is not right. A real service never asks for your one-time code. Whoever has the code can take your money.
lesson-money-abroad-q2-b = Give the code if the caller knows your name and the amount.
lesson-money-abroad-q2-b-why = Not quite. Scammers often know your name and details. Knowing them does not prove who the caller is.
lesson-money-abroad-q2-c = Never share it; hang up and contact the shop yourself.
lesson-money-abroad-q2-c-why = Right. Keep the code to yourself, and call or visit the shop using details you already know, not the ones the caller gives you.

lesson-money-abroad-q3 = A recruiter offers to lend you the placement fee and asks you to leave your ID card with him as security. What is the risk?
lesson-money-abroad-q3-a = There is no risk, as long as you really plan to repay him.
lesson-money-abroad-q3-a-why = Not quite. Even if you plan to repay, he can make the debt grow, and your ID card gives him power over you.
lesson-money-abroad-q3-b = He can use the debt and your ID card to control you.
lesson-money-abroad-q3-b-why = Yes. A loan from the recruiter together with your document in his hands are two signs of forced labour at once.
lesson-money-abroad-q3-c = The only real risk is how high the interest rate will be.
lesson-money-abroad-q3-c-why = The interest matters, but it is not the only risk. The bigger danger is that he holds your ID and your debt at the same time.

lesson-money-abroad-q4 = You cannot repay a loan, and the lender says you must work for him without pay until it is repaid. What is true?
lesson-money-abroad-q4-a = A debt never allows forced work; ask legal aid or a hotline.
lesson-money-abroad-q4-a-why = Right. Working without pay to clear a debt is debt bondage. A hotline or legal aid service can tell you what you can do.
lesson-money-abroad-q4-b = You must work for him, because you signed the loan.
lesson-money-abroad-q4-b-why = Not quite. A loan paper does not make forced work legal. You may still owe money, but not your freedom.
lesson-money-abroad-q4-c = It is fair as long as he takes a little off the debt each month.
lesson-money-abroad-q4-c-why = Not quite. If you cannot leave and the work is unpaid, it is still debt bondage, even if the debt goes down slowly.

lesson-money-abroad-q5 = Before you leave, what should you find out about insurance?
lesson-money-abroad-q5-a = Nothing, because insurance is only for people with a lot of money.
lesson-money-abroad-q5-a-why = Not quite. Some workers going abroad through official channels are covered, and an accident abroad can cost a family far more.
lesson-money-abroad-q5-b = Only the price, because all policies cover the same things.
lesson-money-abroad-q5-b-why = Not quite. Policies differ a lot: some do not cover illness, or losing your job. Ask what yours covers.
lesson-money-abroad-q5-c = What it covers, who pays and how to claim.
lesson-money-abroad-q5-c-why = Yes. Knowing what is covered and how to claim, and leaving the details with family, means the insurance can actually help.
