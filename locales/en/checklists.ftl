# Waymark — safe-migration checklists (English source).
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Myanmar to Thailand
route-kh-th = Cambodia to Thailand
route-la-th = Laos to Thailand
route-id-my = Indonesia to Malaysia
route-ph-hk = Philippines to Hong Kong
route-vn-tw = Viet Nam to Taiwan

## Stages

checklist-before-departure-title = Before you leave
checklist-during-travel-title = While you travel
checklist-on-arrival-title = When you arrive
checklist-returning-home-title = When you go home

## Before you leave

check-licensed-agency-title = Use only a licensed recruitment agency
check-licensed-agency-why = Ask your government's labour ministry, or the office for workers going abroad, if the agency's licence is real and still valid. Check the exact job and the employer too, not only the agency.
check-no-recruitment-fees-title = Do not pay a fee to get a job
check-no-recruitment-fees-why = International labour rules say that workers should not pay any fees or costs to be recruited. Fees and loans can become a debt that traps you.
check-written-contract-title = Get a written contract in a language you understand
check-written-contract-why = A written contract shows what you were promised about the job, the pay and the hours. Keep your own signed copy, and do not sign anything you do not understand or do not agree with.
check-copies-with-family-title = Leave copies of your papers with your family
check-copies-with-family-why = Give them a copy of your passport and contract, a recent photo of you, and the address where you will live. If someone tells you to keep the job or the trip secret, that is a warning sign.
check-th-approved-contract-title = Make sure both countries approve your contract and work permit
check-th-approved-contract-why = Thailand's Ministry of Labour advises that your contract and work permit should be certified by the authorities of your country and of Thailand. This is how you go to work as a legal worker.
check-kh-mou-documents-title = Go through the official MoU channel and get all your papers
check-kh-mou-documents-why = Cambodia and Thailand have an official agreement for sending workers, called the MoU. For this channel you need a passport, an Overseas Cambodian Worker Card, a visa and a contract.
check-id-siskop2mi-title = Register in SISKOP2MI before you leave
check-id-siskop2mi-why = SISKOP2MI is the official Indonesian system for migrant workers, and the government says it cannot protect workers who are not registered. The system also lists the licensed agencies, so you can check yours there.
check-ph-dmw-check-title = Check the agency and the job order with the Department of Migrant Workers
check-ph-dmw-check-why = The Department of Migrant Workers (DMW) can show you if an agency's licence is valid, or if it is suspended, cancelled or banned. Check the exact job order too, not only the agency.
check-mm-licensed-agency-title = Check that the agency has a licence to send workers abroad from Myanmar
check-mm-licensed-agency-why = Myanmar's Law Relating to Overseas Employment (1999) allows only licensed agencies to send workers abroad, and sending workers without a licence can be punished with up to seven years in prison. More than 260 agencies held a licence in 2020. Ask to see the agency's licence before you sign anything.
check-mm-safe-migration-info-title = Get advice on safe migration before you go
check-mm-safe-migration-info-why = A Migrant Resource Centre can answer your questions about going to work abroad. The UN migration agency, IOM, has also given advice to people in Myanmar through its "Miss Migration" Facebook page and its "Know Before You Go" campaign.
check-kh-approved-agency-title = Check that the agency is approved by Cambodia's labour ministry
check-kh-approved-agency-why = The Ministry of Labour and Vocational Training (MoLVT) approves the agencies that send workers abroad and publishes a list of them; the list of 2017 named 77 agencies. Ask whether your agency is on the latest list.
check-kh-police-hotline-title = Give your family the number of Cambodia's police hotline
check-kh-police-hotline-why = The national police hotline in this app's directory takes reports of trafficking and of people held against their will, for example in scam compounds. It answers in Khmer, Vietnamese, English and Chinese, and the call is free even with no phone credit.
check-la-licensed-agency-title = Use only an employment service company licensed in Laos
check-la-licensed-agency-why = In Laos, companies that find jobs for workers need a licence from the Ministry of Labour and Social Welfare (MOLSW), under a ministry decision of 2010. Ask the company to show you its licence, and ask the ministry if you are not sure.
check-la-dangerous-work-title = Know that Lao law does not allow sending workers to dangerous work
check-la-dangerous-work-why = The Lao Labour Law of 2013 forbids sending workers abroad to do dangerous work. A recruiter who offers you such a job is breaking the law, so talk to someone you trust before you agree.
check-la-youth-helpline-title = If you are young, talk to the Lao Youth Union helpline
check-la-youth-helpline-why = The Lao Youth Union runs a counselling line for children and young people, with support from UNICEF. It is free, open day and night, and also speaks Hmong. Call it if you are unsure about a job offer or someone is pushing you to go.
check-id-sip3mi-licence-title = Check that the placement company (P3MI) holds an SIP3MI licence
check-id-sip3mi-licence-why = Only placement companies with an SIP3MI licence may legally send Indonesian workers abroad. The Ministry for the Protection of Indonesian Migrant Workers (Kementerian P2MI, formerly BP2MI) lists the licensed companies in SISKOP2MI, and its BP3MI offices can help you check.
check-ph-warning-signs-title = Know the warning signs of illegal recruitment
check-ph-warning-signs-why = The Department of Migrant Workers warns about recruiters without a licence, job orders that were never approved, and fees higher than the law allows. If you see any of these, do not pay and do not sign.
check-ph-poea-now-dmw-title = Know that the POEA is now part of the Department of Migrant Workers
check-ph-poea-now-dmw-why = Republic Act 11641 created the DMW and moved the POEA into it. Older guides may still name the POEA; today it is the DMW that checks licences and job orders.
check-ph-actionline-title = Give your family the Actionline Against Human Trafficking
check-ph-actionline-why = The Inter-Agency Council Against Trafficking (IACAT) and the Commission on Filipinos Overseas run this line, open day and night, for victims of trafficking and their families. It takes reports and emergency calls in Filipino and English, and it is in this app's directory.
check-vn-dolab-licence-title = Check the company's licence with the Department of Overseas Labour (DOLAB)
check-vn-dolab-licence-why = Under Viet Nam's Law 69/2020/QH14, a company that sends workers abroad under contract needs a licence. Ask DOLAB whether the company's licence is real and still valid before you sign anything.
check-vn-hotline-family-title = Give your family Viet Nam's national hotline against trafficking
check-vn-hotline-family-why = Viet Nam's national child-protection hotline now also takes reports about human trafficking, gives advice and supports victims. It is free and open day and night. It replaced an older line, so use the number in this app's directory.
check-travel-smart-guide-title = Read the ILO's "Travel Smart – Work Smart" guide for your destination
check-travel-smart-guide-why = The International Labour Organization has made these booklets, in several languages, for people going to work in Thailand or Malaysia. They list the contacts of embassies and hotlines.

## While you travel

check-keep-passport-title = Keep your passport and ID card with you
check-keep-passport-why = Do not give them to a recruiter, broker or travel guide to hold for you. When someone else keeps a person's identity documents, it is one of the signs of forced labour.
check-keep-phone-title = Keep your own phone with you and keep it charged
check-keep-phone-why = Your phone is how you stay in contact with your family and ask for help. In scam centres, criminals take people's phones and passports.
check-no-tourist-visa-title = Do not travel on a tourist visa to work
check-no-tourist-visa-why = A tourist visa does not give you permission to work. Without the right papers, it is harder to claim your rights and easier for others to control you.
check-stay-in-touch-title = Tell your family where you are at each step
check-stay-in-touch-why = Send a message when you leave, when you cross a border and when you arrive. If they stop hearing from you, they will know that something may be wrong.
check-save-contacts-title = Find the help contacts for the country you are going to
check-save-contacts-why = This app has a directory of checked hotlines, so find the ones for your destination before you need them. Also keep the contact details of your embassy or consulate and of your family.
check-plan-changes-title = Be careful if the plan changes on the way
check-plan-changes-why = If you are taken to a different country, place or job than you were promised, this is a serious warning sign. Some people were flown to one country and then taken across a border to scam centres.
check-no-gifts-loans-title = Do not accept gifts or loans from the recruiter or the travel guide
check-no-gifts-loans-why = A gift or a loan can later be used to say that you owe money. A debt like this can be used to force you to work.
check-th-scam-border-title = Be wary of a job in Thailand that ends with a trip across another border
check-th-scam-border-why = Criminal groups advertise well-paid jobs with free travel and housing on social media and job sites, also to people with good education and computer skills. Some people were flown to Thailand and then taken across a border to scam compounds, where their passports and phones were taken. The UN human rights office estimates that at least 120,000 people are held in Myanmar and about 100,000 in Cambodia.

## When you arrive

check-job-matches-contract-title = Check that the job, the pay and the hours match your contract
check-job-matches-contract-why = If the work is different from what you were promised, you were deceived. This is one of the signs of forced labour, and you can ask for help.
check-passport-at-work-title = Do not let your employer keep your passport
check-passport-at-work-why = Your passport belongs to you. An employer who keeps workers' identity documents is showing one of the signs of forced labour.
check-salary-to-bank-title = If you can, ask for your pay to go into your own bank account
check-salary-to-bank-why = Payments into a bank account leave a record of what you were paid. This record can help you if your pay is late, missing or too low.
check-record-hours-pay-title = Write down your working hours and your pay
check-record-hours-pay-why = A simple daily record helps you see if pay is missing or if you work too many hours. It can also help you if you make a complaint later.
check-send-address-title = Send your address and the name of your employer to your family
check-send-address-why = If something happens to you, your family will know where you are and what to tell the people who can help.
check-learn-warning-signs-title = Learn the signs of forced labour
check-learn-warning-signs-why = Signs include not being free to leave, pay that is kept from you, a debt that keeps growing, and threats. The lessons in this app explain each sign.
check-get-help-early-title = Ask for help early if something is wrong
check-get-help-early-why = You do not have to wait until things get worse. Use a hotline from the directory in this app to talk to someone who can advise you.
check-th-migrant-hotline-title = Save the Thai labour ministry's hotline for migrant workers
check-th-migrant-hotline-why = Thailand's Department of Employment runs a hotline for migrant workers with questions about work permits, changing employer and recruitment, and for complaints. Sources say it speaks Burmese, Khmer, English and Thai; Lao is not confirmed. Its opening hours differ between sources, so it may not answer at night.
check-th-police-language-title = In Thailand, know which emergency line speaks your language
check-th-police-language-why = The ordinary police emergency line in Thailand answers only in Thai. The Tourist Police line in this app's directory is meant for foreigners and is open day and night; sources list English and other languages for it, but not Burmese, Khmer or Lao.
check-th-official-complaints-title = Know that you can complain about officials who deal with migrant workers
check-th-official-complaints-why = Thailand's Ministry of Labour has a complaints line, in this app's directory, that also takes complaints about officials in charge of migrant workers, for example one who asks you for a bribe. It answers in Thai, so ask someone you trust to help you call.
check-id-p2mi-complaints-title = Save the complaint line of Indonesia's ministry for migrant workers
check-id-p2mi-complaints-why = The call centre of Kementerian P2MI takes complaints about illegal placement, unpaid wages and trafficking, day and night. It is free from inside Indonesia; from Malaysia you call a different number, which is not free. Both are in this app's directory.
check-my-mapo-report-title = In Malaysia, you can report trafficking to MAPO
check-my-mapo-report-why = The Council for Anti-Trafficking in Persons and Anti-Smuggling of Migrants (MAPO) of Malaysia's Ministry of Home Affairs has a hotline for reports, in this app's directory. It answers in Malay, every day from early morning to evening.
check-my-talian-kasih-title = In Malaysia, Talian Kasih helps with abuse and violence
check-my-talian-kasih-why = Talian Kasih, run by Malaysia's Ministry of Women, Family and Community Development, answers day and night about abuse, domestic violence and welfare emergencies. You can also write to it on WhatsApp. It is in this app's directory.
check-ph-owwa-hotline-title = Save the DMW-OWWA hotline, which you can call from Hong Kong
check-ph-owwa-hotline-why = The Department of Migrant Workers and OWWA run a hotline, day and night, for Filipino workers abroad who are in trouble: help to go home, legal help, and help for workers who are detained. This app's directory has the number to dial from abroad.
check-hk-fdh-hotline-title = Save the Hong Kong Labour Department's hotline for domestic helpers
check-hk-fdh-hotline-why = It takes questions about your rights at work and complaints against employment agencies, and it refers cases of exploitation or abuse. It is open day and night; interpreters, also for Filipino, are there from morning to late evening except on public holidays.
check-tw-worker-hotline-title = Save Taiwan's hotline for foreign workers
check-tw-worker-hotline-why = Taiwan's Ministry of Labor runs this hotline day and night, every day of the year, and the call is free from landlines, mobile phones and public phones. It speaks Vietnamese and other languages. You can ask about your work and your rights, make a complaint or report abuse.
check-tw-hotline-interpreter-title = Ask the Taiwan hotline for an interpreter on the call
check-tw-hotline-interpreter-why = The Ministry of Labor's hotline for foreign workers can set up a three-way call with an interpreter, so that you and the person you need to speak to understand each other.
check-tw-shelter-title = In Taiwan, you can ask to be referred to a shelter
check-tw-shelter-why = If you are a victim of trafficking in Taiwan, the Ministry of Labor's hotline for foreign workers can refer you to a shelter. It also takes reports of abuse and complaints about work.

## When you go home

check-collect-wages-title = Ask for all the pay you are owed before you leave
check-collect-wages-why = Keeping back a worker's pay is one of the signs of forced labour. It can be harder to get your money after you have left the country.
check-documents-before-leaving-title = Make sure you have your passport and all your papers
check-documents-before-leaving-why = You need your own documents to travel and to prove who you are. If your employer will not give them back, contact a hotline from the directory in this app.
check-keep-records-title = Keep copies of your contract, pay slips and bank records
check-keep-records-why = You may need them later to claim pay you did not get or to report what happened to you.
check-report-after-return-title = Report abuse or cheating, even after you come home
check-report-after-return-why = If you were lied to, not paid or hurt, you can still ask for help after you return. A hotline or a support group can explain your choices.
check-check-new-offers-title = Check every new job offer before you go again
check-check-new-offers-why = Use the same checks as the first time: a licensed agency, no fees and a written contract. Do not take a loan from a recruiter to pay for the next trip.
check-share-warning-signs-title = Tell friends and family about the warning signs you saw
check-share-warning-signs-why = What you learned can protect other people who plan to work abroad. The lessons in this app can help you explain the signs.
check-id-sapa-title = Back in Indonesia, women and children can get help from SAPA
check-id-sapa-why = SAPA is the service of Indonesia's Ministry of Women's Empowerment and Child Protection for reporting violence against women and children, including trafficking. You can call it or write to it on WhatsApp; it is in this app's directory.
check-vn-hotline-return-title = Back in Viet Nam, the national hotline can support you
check-vn-hotline-return-why = If you were trafficked, Viet Nam's national hotline against trafficking gives counselling and support to victims, free and day and night. It is in this app's directory.
