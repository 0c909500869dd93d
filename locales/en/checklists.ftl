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
