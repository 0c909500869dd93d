# Waymark — job-offer red-flag check (English source).
# One line per message. No placeables: these strings are plain text.

## Screen

redflags-title = Check a job offer
redflags-intro = Answer these questions about a job offer. Each yes answer is a warning sign. This check cannot prove that an offer is safe or that it is trafficking. It only helps you see what to check next.
redflags-yes = Yes
redflags-no = No
redflags-unsure = I don't know
redflags-result-title = What your answers show

## Questions

redflag-fee-before-job = Did the recruiter ask you to pay a fee to get the job?
redflag-fee-before-job-reason = International labour rules say that workers should not pay to be recruited. A fee can become a debt that you are made to pay back with your work.
redflag-loan-offered = Did the recruiter offer you a loan or an advance to pay for the job or the trip?
redflag-loan-offered-reason = A loan from the person who sends you abroad can be used to control you later. Workers can be told they must keep working until the debt is paid.
redflag-pay-too-good = Is the pay much higher than usual for this kind of work, with no skills or experience needed?
redflag-pay-too-good-reason = A very high salary for work that is usually low-paid is a known warning sign. Ask what the normal pay for this work is.
redflag-travel-paid = Did someone offer to pay for all your travel and arrange your visa, papers or border crossing for you?
redflag-travel-paid-reason = Travel that seems free can later be turned into a debt. When someone else controls your papers and your journey, it is harder for you to leave.
redflag-keep-secret = Were you told not to tell anyone about the job or the trip?
redflag-keep-secret-reason = A real employer has no reason to ask you to keep a job secret. Secrecy keeps you away from the people who could help you.
redflag-no-written-contract = Is there no written contract in a language you can read and understand?
redflag-no-written-contract-reason = Without a written contract, nobody can prove what you were promised. A contract you cannot read may say something different from what you were told.
redflag-unlicensed-recruiter = Does the recruiter have no licence that you can check with the government?
redflag-unlicensed-recruiter-reason = Licensed agencies are registered and can be checked by your government. If you cannot confirm the licence, you cannot know who is really sending you.
redflag-passport-kept = Did the recruiter or the employer ask to keep your passport or ID card?
redflag-passport-kept-reason = Keeping a person's identity documents is one of the signs of forced labour. Without your documents, it is very hard to leave or to ask for help.
redflag-tourist-visa = Were you told to travel on a tourist visa and start work after you arrive?
redflag-tourist-visa-reason = A tourist visa does not allow you to work. Without legal papers, you are easier to control and it can be harder to get help.
redflag-online-romance = Has someone you know only through the phone or social media promised love or marriage and offered to take you abroad?
redflag-online-romance-reason = Some traffickers start a relationship online to win a person's trust. They then use that trust to move the person to another country.
redflag-photos-requested = Were you asked to send full-body photos, or photos in special clothes?
redflag-photos-requested-reason = Requests like this are a known warning sign. The real job may be different from the offer and may include sexual exploitation.
redflag-private-interview = Was your interview in a private place, such as a house or a hotel room, with no company sign?
redflag-private-interview-reason = Real agencies and employers usually work from an office that you can find and visit. A private meeting place makes it hard to know who you are dealing with.
redflag-cannot-verify-employer = Are you unable to check the name and the address of the employer?
redflag-cannot-verify-employer-reason = If you cannot confirm that the employer is real, you cannot know where you will work or who you will work for.
redflag-scam-job-abroad = Is it a job abroad in online sales, customer service or computer work, found on social media, with free housing and all travel paid?
redflag-scam-job-abroad-reason = Criminal groups use offers like this to bring people to scam centres, where passports and phones are taken and people are beaten. Many people were first flown to Thailand and then taken across a border.

## Forced-labour indicators

indicator-abuse-of-vulnerability = Using a person's difficult situation against them
indicator-deception = Lies about the job
indicator-restriction-of-movement = Not free to come and go
indicator-isolation = Kept away from other people
indicator-physical-and-sexual-violence = Physical or sexual violence
indicator-intimidation-and-threats = Threats and fear
indicator-retention-of-identity-documents = Passport or ID taken away
indicator-withholding-of-wages = Pay kept from the worker
indicator-debt-bondage = Trapped by a debt
indicator-abusive-working-and-living-conditions = Harmful work or living conditions
indicator-excessive-overtime = Too many working hours

## Results

redflags-level-unclear = Not enough answers to tell
redflags-level-low = No warning signs in your answers
redflags-level-medium = Some warning signs
redflags-level-high = Serious warning signs
redflags-next-unclear = You do not know the answer to some of the most important questions. That does not mean the offer is safe. Find out the answers to the questions listed here before you agree. Until then, do not pay any money and do not give anyone your passport or ID.
redflags-next-low = This does not prove that the offer is safe. Still check the agency's licence, get a written contract and do not pay fees. If you answered I don't know to any question, try to find out before you agree.
redflags-next-medium = Do not pay any money and do not give anyone your passport or ID until you know more. Check the agency's licence with your government's labour ministry. If you are worried, contact a hotline from the directory in this app for advice.
redflags-next-high = This offer has signs often seen in trafficking and forced labour. Do not pay, do not sign and do not give anyone your passport or ID. Check the agency's licence with your government's labour ministry and contact a hotline from the directory in this app before you decide.
