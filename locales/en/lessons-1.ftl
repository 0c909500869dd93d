# Waymark — lessons 1–4 (English source).
# Written in plain words from /work/shared/facts/migration-facts.md. No phone numbers here: the app has a checked directory.
# Each lesson has 3 sections and 5 questions. The right answers are stored in content/lessons/<id>.json.

## What is trafficking?

lesson-what-is-trafficking-title = What is trafficking?
lesson-what-is-trafficking-summary = Learn what human trafficking and forced labour are, and the signs that a person is not free.

lesson-what-is-trafficking-meaning-title = What the words mean
lesson-what-is-trafficking-meaning-body = Human trafficking is when someone uses lies, force or pressure to move or hold a person in order to exploit them. To exploit means to use a person unfairly so that someone else makes money. Forced labour is work that a person did not freely choose and cannot leave because they are threatened or punished. A person can agree to a job at first and still be a victim if they were lied to or cannot leave. It is never the fault of the person who is trafficked.

lesson-what-is-trafficking-signs-title = Signs of forced labour
lesson-what-is-trafficking-signs-body = The International Labour Organization (ILO) lists 11 signs of forced labour. Some signs are about control: lies about the job, using a person's difficult situation, not being free to leave, being kept away from other people, and threats or violence. Other signs are about documents and money: the employer keeps your ID, holds back your pay or uses a debt to control you. Very long working hours and very bad working or living conditions are also signs. Sometimes one sign is enough to show forced labour, and sometimes several signs together show it.

lesson-what-is-trafficking-anyone-title = It can happen to anyone
lesson-what-is-trafficking-anyone-body = Trafficking can happen to women, men, girls and boys. It can happen to people with little schooling and to people with university degrees. Some people are taken to another country, but trafficking can also happen inside your own country. A trafficker can be a stranger, but can also be a friend, a neighbour or someone met online. Asking for help is nothing to be ashamed of.

lesson-what-is-trafficking-q1 = Mai agreed to work in a restaurant in another country. When she arrives, the job is different, and the boss says she cannot leave until she repays a large debt. What is happening?
lesson-what-is-trafficking-q1-a = It is a hard job, but many people abroad must repay a travel debt before they can leave.
lesson-what-is-trafficking-q1-a-why = This is not normal. A job that is different from the promise, and a debt that stops her from leaving, are both signs of forced labour.
lesson-what-is-trafficking-q1-b = Signs of forced labour, even though she agreed at first.
lesson-what-is-trafficking-q1-b-why = Yes. Mai was lied to about the job, and a debt is used to keep her there. Agreeing to the first offer does not mean she agreed to this.
lesson-what-is-trafficking-q1-c = She agreed to go, so it is a bad job, but it cannot be trafficking.
lesson-what-is-trafficking-q1-c-why = Not quite. Saying yes to the first offer does not mean she agreed to this. She was lied to and cannot leave, and she has the right to ask for help.

lesson-what-is-trafficking-q2 = Which of these situations can be a sign of forced labour?
lesson-what-is-trafficking-q2-a = The employer keeps the workers' passports.
lesson-what-is-trafficking-q2-a-why = Yes. Keeping workers' identity documents is one of the ILO signs of forced labour. It makes it much harder for workers to leave.
lesson-what-is-trafficking-q2-b = The employer gives the workers a room in a shared dormitory near the work.
lesson-what-is-trafficking-q2-b-why = Not on its own. Housing from the employer is common. It becomes a warning sign when the living conditions are very bad or the workers are not free to leave.
lesson-what-is-trafficking-q2-c = The workers must wear a uniform and follow strict safety rules.
lesson-what-is-trafficking-q2-c-why = This is a normal work rule, not a warning sign. Uniforms and safety rules are there to protect workers.

lesson-what-is-trafficking-q3 = Who can become a victim of trafficking?
lesson-what-is-trafficking-q3-a = Only women and girls, because men can always protect themselves.
lesson-what-is-trafficking-q3-a-why = This is a common belief, but it is not true. Men and boys can also be tricked, controlled and forced to work.
lesson-what-is-trafficking-q3-b = Mostly people who cross a border, because trafficking means moving people abroad.
lesson-what-is-trafficking-q3-b-why = Not quite. Many victims are taken to another country, but trafficking can also happen inside a person's own country.
lesson-what-is-trafficking-q3-c = Anyone, including men, boys and people in their own country.
lesson-what-is-trafficking-q3-c-why = Yes. Trafficking can happen to any person, of any age or gender, with or without much schooling, at home or abroad.

lesson-what-is-trafficking-q4 = Dara works on a fishing boat. He works almost all day and night, he is not paid, and he is told that his family will be hurt if he leaves. What does this show?
lesson-what-is-trafficking-q4-a = It is a very hard job, but a grown man can choose to leave if he wants to.
lesson-what-is-trafficking-q4-a-why = This is not right. Adult men can also be victims of forced labour, and Dara's situation has several warning signs.
lesson-what-is-trafficking-q4-b = Several signs that together point to forced labour.
lesson-what-is-trafficking-q4-b-why = Yes. Very long hours, no pay and threats against his family are all signs of forced labour. Together they show that Dara is not free.
lesson-what-is-trafficking-q4-c = Fishing work is always long and hard, so these are normal conditions at sea.
lesson-what-is-trafficking-q4-c-why = Not quite. Long hours can be common at sea, but no pay and threats against his family are not normal. Together these are signs of forced labour.

lesson-what-is-trafficking-q5 = A friend says that trafficking only happens when a person is taken by force and locked in a room. What is the best answer?
lesson-what-is-trafficking-q5-a = That is true. If nobody uses force or locks the door, it cannot be trafficking.
lesson-what-is-trafficking-q5-a-why = Not quite. Force is only one way. Lies, debts, threats and taking documents can also keep a person from leaving.
lesson-what-is-trafficking-q5-b = It also has to involve crossing a border; otherwise it is just a bad job.
lesson-what-is-trafficking-q5-b-why = Not quite. Trafficking can also happen inside a person's own country, and force is only one of the ways to control someone.
lesson-what-is-trafficking-q5-c = Not always. Lies, debts or threats can also trap a person.
lesson-what-is-trafficking-q5-c-why = Yes. A person may be able to walk outside and still not be free, because of a debt, a threat or a missing passport.

## How recruiters lie

lesson-recruiter-deception-title = How recruiters lie
lesson-recruiter-deception-summary = Learn the tricks that false recruiters use, online and in person, and how to check a job before you go.

lesson-recruiter-deception-offers-title = Offers that are hard to believe
lesson-recruiter-deception-offers-body = Be careful when a job pays much more than other jobs of the same kind. Be careful when someone offers to pay all your travel and to arrange your visa, your papers or your border crossing. Very high pay with "no experience needed" and a promise to change your life quickly is a warning sign. A recruiter who asks you to keep the job secret, or who meets you only in a private place with no sign outside, is also a warning sign. Be careful if anyone asks you for full-body photos as part of a job.

lesson-recruiter-deception-online-title = Online jobs and online friends
lesson-recruiter-deception-online-body = Some false job ads appear on social media and on job websites. They may offer computer, IT or customer-service work with high pay, free housing and free travel. Some people who accept are flown to one country and then moved across a border to places called scam compounds. There they are held, their passports and phones are taken, and they are forced to cheat people online. A person you know only from the phone or the internet who promises love and a new life abroad can also be a trafficker.

lesson-recruiter-deception-check-title = Check before you go
lesson-recruiter-deception-check-body = Use only a licensed recruitment agency. Check the licence with the government office in your country that licenses recruitment agencies. Check the specific job too, not only the agency. If you are not sure, ask a Migrant Resource Centre or another organisation you trust. Do not travel on a tourist visa to work.

lesson-recruiter-deception-q1 = A message on social media offers you a job abroad with very high pay, free housing and free flights. No experience is needed. What should you think?
lesson-recruiter-deception-q1-a = This is a lucky chance, so you should say yes quickly before someone else does.
lesson-recruiter-deception-q1-a-why = Not quite. An honest offer gives you time to check it. Take time to check the agency and the job before you decide.
lesson-recruiter-deception-q1-b = Free flights and housing show that the company really wants workers and is serious.
lesson-recruiter-deception-q1-b-why = This is not right. Paying all your travel is a way that false recruiters win your trust, so it is a reason to check more carefully.
lesson-recruiter-deception-q1-c = Several warning signs: check the agency and the job first.
lesson-recruiter-deception-q1-c-why = Yes. Very high pay, no experience needed and free travel are all warning signs. Checking first can keep you safe.

lesson-recruiter-deception-q2 = A recruiter tells you not to tell your family about the job until after you have left. What does this tell you?
lesson-recruiter-deception-q2-a = A warning sign: secrecy makes it harder for anyone to help you.
lesson-recruiter-deception-q2-a-why = Yes. An honest job does not need to be hidden from your family. Tell someone you trust about any job offer.
lesson-recruiter-deception-q2-b = It is normal: recruiters ask for secrecy so that others do not take the job first.
lesson-recruiter-deception-q2-b-why = This is not right. Good jobs do not need to be a secret. Secrecy is a warning sign.
lesson-recruiter-deception-q2-c = It is sensible, because your family might worry and stop you from going.
lesson-recruiter-deception-q2-c-why = Not quite. Your family's questions can protect you, and they can help you notice risks. It is safer to talk to your family before you decide.

lesson-recruiter-deception-q3 = Lin is good with computers. An online ad offers her a customer-service job in another country with a big salary. The company will fly her to one country and then drive her across a border. What is the safest next step?
lesson-recruiter-deception-q3-a = Go, because skilled office workers like her are not the people traffickers look for.
lesson-recruiter-deception-q3-a-why = This is not right. People with IT skills and a good education are also targeted by scam compounds.
lesson-recruiter-deception-q3-b = Check the company and the job officially, and ask a trusted organisation.
lesson-recruiter-deception-q3-b-why = Yes. This offer matches the way people are taken to scam compounds. Checking first, and telling people she trusts, can protect her.
lesson-recruiter-deception-q3-c = Go, since being driven across a border by car is a normal way to reach a new job.
lesson-recruiter-deception-q3-c-why = Not quite. Being flown to one country and then driven across a border is how many people are taken to scam compounds. Check before she leaves.

lesson-recruiter-deception-q4 = Someone you met online says they love you and will take you abroad to marry and find work. You have never met them in person. What is true?
lesson-recruiter-deception-q4-a = It can be a trick: talk to someone you trust before you decide.
lesson-recruiter-deception-q4-a-why = Yes. A promise of love and a life abroad from someone you know only online is a known warning sign. Be careful and get advice.
lesson-recruiter-deception-q4-b = If they have been kind and sent many messages for months, the love must be real.
lesson-recruiter-deception-q4-b-why = This is not right. Kind messages can be part of the trick. It is wise to check before you travel.
lesson-recruiter-deception-q4-c = Asking about their plans would be rude and could end the relationship.
lesson-recruiter-deception-q4-c-why = Not quite. Asking questions is wise and normal. A person who really cares about you will not mind.

lesson-recruiter-deception-q5 = An agency shows you a licence certificate on its wall. What else should you do?
lesson-recruiter-deception-q5-a = Nothing more, because a certificate on the wall proves that everything is fine.
lesson-recruiter-deception-q5-a-why = Not quite. A paper on a wall can be false or out of date. Check it with the government authority.
lesson-recruiter-deception-q5-b = Pay a small deposit, because that is how agencies keep a place for you.
lesson-recruiter-deception-q5-b-why = This is not right. Workers should not pay fees to get a job. Paying early can also be a way to trap you with a debt.
lesson-recruiter-deception-q5-c = Check the licence and the job with the government authority.
lesson-recruiter-deception-q5-c-why = Yes. The agency must have a valid licence, and the job itself must be real. Check both before you sign or pay anything.

## Your documents and your phone

lesson-documents-and-phone-title = Your documents and your phone
lesson-documents-and-phone-summary = Keep your passport, ID and phone with you, and make sure your family knows where you are.

lesson-documents-and-phone-documents-title = Keep your passport and ID
lesson-documents-and-phone-documents-body = Your passport and your ID card belong to you. Do not give them to a recruiter, an agent or an employer to keep. Someone may need to see them or copy them, but they should give them back to you immediately. An employer who keeps your documents is showing a warning sign of forced labour. Without your documents it is much harder to leave, to travel or to ask for help.

lesson-documents-and-phone-copies-title = Leave copies with your family
lesson-documents-and-phone-copies-body = Before you leave, make copies of your passport and your contract, and add a recent photo of yourself. Leave these with a family member you trust. Also give them the address where you will live and work. If your documents are lost or taken, these copies show who you are and where you went.

lesson-documents-and-phone-phone-title = Keep your phone and your numbers
lesson-documents-and-phone-phone-body = Keep your phone with you, and do not give it to anyone to hold for you. Save important numbers, such as your family, your embassy or consulate and a helpline, and also write them on paper. Keep the paper in a safe place away from your phone, because a phone can be lost, broken or taken. Tell a family member you trust where you are, and send them your address or location when it changes. If someone takes your phone or stops you from talking to your family, this is a warning sign.

lesson-documents-and-phone-q1 = On your first day, your new employer asks for your passport to keep it safe for you. What is the best answer?
lesson-documents-and-phone-q1-a = Keep it yourself. They may look at it or copy it.
lesson-documents-and-phone-q1-a-why = Yes. Your passport belongs to you. An employer who keeps workers' documents is showing a warning sign of forced labour.
lesson-documents-and-phone-q1-b = Give it: many employers keep passports, and it is safer in their office.
lesson-documents-and-phone-q1-b-why = This is not right. Employers should not keep their workers' passports. Keeping workers' documents is a sign of forced labour.
lesson-documents-and-phone-q1-c = Give it, and ask for it back when your contract ends.
lesson-documents-and-phone-q1-c-why = Not quite. Without your passport for the whole contract, it is much harder to leave or get help if something goes wrong.

lesson-documents-and-phone-q2 = Why is it good to leave copies of your passport and contract with your family?
lesson-documents-and-phone-q2-a = Copies do not really help, because only the original passport counts.
lesson-documents-and-phone-q2-a-why = Not quite. A copy is not a passport, but it helps show who you are and where you went if the original is lost or taken.
lesson-documents-and-phone-q2-b = Mostly so that your family can see how much you will earn.
lesson-documents-and-phone-q2-b-why = Not quite. Your family may like to know, but the main reason is a record of who you are and where you went.
lesson-documents-and-phone-q2-c = So there is a record of who you are and where you went.
lesson-documents-and-phone-q2-c-why = Yes. If your documents are lost or taken, the copies help show who you are and help your family find you.

lesson-documents-and-phone-q3 = Min keeps all his important phone numbers only inside his phone. What could be a problem?
lesson-documents-and-phone-q3-a = No problem: his numbers are saved online, so he can get them back on any phone.
lesson-documents-and-phone-q3-a-why = Not quite. Getting numbers back needs a phone, internet and passwords, which he may not have. A paper copy does not.
lesson-documents-and-phone-q3-b = If the phone is lost or taken, the numbers are gone too.
lesson-documents-and-phone-q3-b-why = Yes. Numbers written on paper and kept in a safe place are still there when the phone is gone.
lesson-documents-and-phone-q3-c = Writing numbers on paper is risky, because someone could find the paper.
lesson-documents-and-phone-q3-c-why = This is not right. A paper copy kept in a safe place is a good backup if the phone is gone.

lesson-documents-and-phone-q4 = A supervisor takes all the workers' phones and gives them back only once a month. The workers cannot call their families. What does this suggest?
lesson-documents-and-phone-q4-a = It is a normal rule, so that the workers stay focused and are not distracted at work.
lesson-documents-and-phone-q4-a-why = This is not right. Taking phones for weeks and stopping calls to family is not a normal work rule. It cuts workers off from help.
lesson-documents-and-phone-q4-b = It is a warning sign only if the supervisor damages or loses the phones.
lesson-documents-and-phone-q4-b-why = Not quite. Whether the phones are kept safe does not matter. What matters is that the workers cannot contact anyone.
lesson-documents-and-phone-q4-c = A warning sign: keeping workers from others is a way to control them.
lesson-documents-and-phone-q4-c-why = Yes. Isolation, which means keeping people away from others, is one of the ILO signs of forced labour.

lesson-documents-and-phone-q5 = You have just moved to a new place for work. What should you do?
lesson-documents-and-phone-q5-a = Send your new address to family you trust.
lesson-documents-and-phone-q5-a-why = Yes. If your family knows where you are, it is easier for them to help you or to ask others for help.
lesson-documents-and-phone-q5-b = Wait until you are settled and sure of the job before you tell anyone where you live.
lesson-documents-and-phone-q5-b-why = Not quite. Your family should know where you are from the start, not after a long time.
lesson-documents-and-phone-q5-c = Keep your address private, even from family, so that nobody can find you.
lesson-documents-and-phone-q5-c-why = This is not right. Keeping your address secret from your family makes it harder for anyone to help you.

## Debt and fees

lesson-debt-and-fees-title = Debt and fees
lesson-debt-and-fees-summary = Workers should not pay to get a job, and nobody should use a debt to control you.

lesson-debt-and-fees-zero-fee-title = You should not pay for a job
lesson-debt-and-fees-zero-fee-body = The International Labour Organization (ILO) says in its fair recruitment principles that workers should not pay any fees or costs to be recruited. This is called the zero-fee principle. It covers fees that are asked for openly and fees that are hidden inside other costs. Some countries allow a limited fee by law, but a large fee, or a fee higher than the law allows, is a warning sign. Ask your national labour authority or a migrant organisation before you pay anything.

lesson-debt-and-fees-debt-title = When a debt is used to control you
lesson-debt-and-fees-debt-body = Some recruiters and agents lend money for travel and fees, or give gifts, and later say that the worker must work until the debt is repaid. Sometimes the debt keeps growing, so the worker can never repay it. Using a debt to stop a person from leaving is called debt bondage. Debt bondage is one of the ILO signs of forced labour. Do not accept loans or gifts from a recruiter or an agent.

lesson-debt-and-fees-contract-and-pay-title = Your contract and your pay
lesson-debt-and-fees-contract-and-pay-body = Before you leave, get a written contract in a language you understand, and keep your own signed copy. Read it carefully, and check the job, the pay and the working hours. Do not sign anything you do not understand or do not agree with. If you can, have your salary paid into a bank account in your own name, and keep your bank card yourself.

lesson-debt-and-fees-q1 = A recruiter says you must pay three months' wages before you leave. What does this tell you?
lesson-debt-and-fees-q1-a = Paying a fee to a recruiter is normal, and a bigger fee means a better job.
lesson-debt-and-fees-q1-a-why = This is not right. A high fee does not mean a good job. Large fees can leave you in debt before you even start work.
lesson-debt-and-fees-q1-b = A warning sign: workers should not pay to be recruited.
lesson-debt-and-fees-q1-b-why = Yes. Workers should not pay recruitment fees. Check with your national labour authority before you pay anything.
lesson-debt-and-fees-q1-c = It is a warning sign only if the recruiter gives you no receipt for the money.
lesson-debt-and-fees-q1-c-why = Not quite. A receipt is useful, but it does not make a large fee fair. The fee itself is the warning sign.

lesson-debt-and-fees-q2 = An agent offers to lend you the money for your fees and travel. You can pay it back later from your salary. What is the risk?
lesson-debt-and-fees-q2-a = There is little risk, because paying later from your salary is easier for you.
lesson-debt-and-fees-q2-a-why = Not quite. Paying later can feel easier, but a loan from an agent can be used to control you later. Do not accept loans from an agent.
lesson-debt-and-fees-q2-b = The only risk is some interest, which is normal for any loan.
lesson-debt-and-fees-q2-b-why = This is not right. The bigger risk is that the debt keeps you in a job you cannot leave.
lesson-debt-and-fees-q2-c = The debt can be used to stop you from leaving the job.
lesson-debt-and-fees-q2-c-why = Yes. A debt to an agent or employer can be used to keep you working. This is called debt bondage.

lesson-debt-and-fees-q3 = You are given a contract only in a language you cannot read. The agent says that it is a normal contract and you should just sign. What should you do?
lesson-debt-and-fees-q3-a = Do not sign yet. Ask for it in a language you understand.
lesson-debt-and-fees-q3-a-why = Yes. You have the right to know what you are agreeing to. Never sign something you cannot read or do not agree with.
lesson-debt-and-fees-q3-b = Sign it: the agent has done this many times and knows it is a normal contract.
lesson-debt-and-fees-q3-b-why = Not quite. Do not let anyone rush you. A fair employer will give you time to understand the contract.
lesson-debt-and-fees-q3-c = Sign now, and ask the employer to explain it after you arrive.
lesson-debt-and-fees-q3-c-why = This is not right. After you arrive, it is much harder to change anything. Understand the contract before you sign.

lesson-debt-and-fees-q4 = Your employer wants to give your salary in cash to your supervisor, who will keep it safe for you. What is better?
lesson-debt-and-fees-q4-a = Agree, because the supervisor knows the country and can keep the money safer.
lesson-debt-and-fees-q4-a-why = Not quite. Your salary belongs to you. If someone else holds it, they can keep it from you.
lesson-debt-and-fees-q4-b = Ask for your pay to go into a bank account in your own name.
lesson-debt-and-fees-q4-b-why = Yes. When your pay goes into your own bank account, you control your money. Holding back wages is one of the ILO signs of forced labour.
lesson-debt-and-fees-q4-c = Agree, and ask for all the money at the end, which helps you save.
lesson-debt-and-fees-q4-c-why = This is not right. If your pay is held until the end, you may never receive it, and it is harder to leave.

lesson-debt-and-fees-q5 = Before Nur left home, her agent gave her a new phone as a gift. Now the agent says she owes a lot of money for the phone and other costs, and she cannot change jobs until she pays. What is this?
lesson-debt-and-fees-q5-a = Debt bondage: a debt is used to stop her from leaving.
lesson-debt-and-fees-q5-a-why = Yes. A gift that becomes a debt, and a debt that stops her from leaving, are signs of forced labour. Nur can ask for help.
lesson-debt-and-fees-q5-b = A fair deal: she used the phone, so she should pay for it before she leaves.
lesson-debt-and-fees-q5-b-why = Not quite. A real gift does not need to be paid back. Turning a gift into a debt is a trick to control workers.
lesson-debt-and-fees-q5-c = A bad deal, but she accepted the phone, so she must work until it is paid.
lesson-debt-and-fees-q5-c-why = This is not right. Nur is not to blame. The person who uses a debt to control her is the one doing wrong.
