"""Word banks for the benchmark corpus: the sentences, titles and names the generator draws from.

Data only. Templates use `str.format` slots filled by `generate.py`:
{city} {state} {city2} {official} {partner} {pct} {num} {count} {year} {months} {money} {topic} {Topic}.
Each issue area is keyed by its slug, as the project's slug rule makes it from the name in newsroom.yml;
an area the site adds later without a bank here falls back to `GENERIC_AREA`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AreaBank:
    """What the generator can say about one issue area."""

    topics: tuple[str, ...]
    """Policies and programs, lowercase noun phrases: titles, headings and tables use them."""
    sentences: tuple[str, ...]
    headings: tuple[str, ...]
    list_items: tuple[str, ...]
    quotes: tuple[str, ...]
    table_metric: str
    """The last column of this area's comparison table, e.g. `Households served`."""


CITIES: tuple[tuple[str, str], ...] = (
    ("Albuquerque", "NM"), ("Ann Arbor", "MI"), ("Atlanta", "GA"), ("Austin", "TX"), ("Baltimore", "MD"),
    ("Birmingham", "AL"), ("Boise", "ID"), ("Boston", "MA"), ("Boulder", "CO"), ("Buffalo", "NY"),
    ("Burlington", "VT"), ("Chicago", "IL"), ("Cincinnati", "OH"), ("Cleveland", "OH"), ("Columbus", "OH"),
    ("Dallas", "TX"), ("Denver", "CO"), ("Des Moines", "IA"), ("Detroit", "MI"), ("Durham", "NC"),
    ("El Paso", "TX"), ("Eugene", "OR"), ("Fresno", "CA"), ("Grand Rapids", "MI"), ("Hartford", "CT"),
    ("Houston", "TX"), ("Ithaca", "NY"), ("Jackson", "MS"), ("Kansas City", "MO"), ("Las Cruces", "NM"),
    ("Long Beach", "CA"), ("Los Angeles", "CA"), ("Louisville", "KY"), ("Madison", "WI"), ("Memphis", "TN"),
    ("Milwaukee", "WI"), ("Minneapolis", "MN"), ("Nashville", "TN"), ("New Haven", "CT"), ("New Orleans", "LA"),
    ("Newark", "NJ"), ("Oakland", "CA"), ("Omaha", "NE"), ("Philadelphia", "PA"), ("Phoenix", "AZ"),
    ("Pittsburgh", "PA"), ("Portland", "OR"), ("Providence", "RI"), ("Raleigh", "NC"), ("Richmond", "VA"),
    ("Rochester", "NY"), ("Sacramento", "CA"), ("Saint Paul", "MN"), ("Salt Lake City", "UT"),
    ("San Antonio", "TX"), ("San Diego", "CA"), ("San Jose", "CA"), ("Santa Fe", "NM"), ("Savannah", "GA"),
    ("Seattle", "WA"), ("Somerville", "MA"), ("Spokane", "WA"), ("St. Louis", "MO"), ("Syracuse", "NY"),
    ("Tacoma", "WA"), ("Tucson", "AZ"), ("Tulsa", "OK"), ("Washington", "DC"), ("Worcester", "MA"),
)

OFFICE_TITLES: tuple[str, ...] = (
    "Council Member", "Council Member", "Council Member", "Mayor", "County Commissioner",
    "School Board Member", "Alderperson", "Supervisor", "Commissioner", "Council President",
)

FIRST_NAMES: tuple[str, ...] = (
    "Aaliyah", "Adriana", "Amara", "Andrés", "Beatriz", "Benjamin", "Carmen", "Chloé", "Darnell", "Deborah",
    "Elena", "Emeka", "Fatima", "Gabriel", "Grace", "Hana", "Imani", "Isaac", "Jamal", "Jasmine", "José",
    "Keisha", "Kenji", "Lakshmi", "Leticia", "Lucía", "Malik", "Marcus", "Mei", "Miguel", "Nadia", "Nia",
    "Omar", "Patricia", "Rafael", "Renée", "Rochelle", "Samuel", "Sofia", "Tamika", "Terrence", "Tomás",
    "Valeria", "Wei", "Yusuf", "Zainab",
)

LAST_NAMES: tuple[str, ...] = (
    "Abernathy", "Adeyemi", "Alvarez", "Avery", "Bautista", "Bell", "Brennan", "Castillo", "Chen", "Coleman",
    "Delgado", "Dubois", "Ellison", "Espinoza", "Fitzgerald", "García", "Goldberg", "Guerrero", "Haddad",
    "Herrera", "Ibáñez", "Jackson", "Kowalski", "Lambert", "Lee", "Mahmoud", "Martínez", "McAllister",
    "Morales", "Nakamura", "Nguyen", "Núñez", "O'Connor", "Okonkwo", "Park", "Patel", "Peña", "Ramírez",
    "Robinson", "Santos", "Schwartz", "Sullivan", "Thompson", "Vásquez", "Washington", "Williams", "Yilmaz",
)

# About forty fictional partner organisations; the first six are the launch content's.
PARTNERS: tuple[str, ...] = (
    "Center for Tenant Power", "Green Jobs Alliance", "Fair Work Policy Institute", "Community Safety Lab",
    "Coalition for Immigrant Futures", "Cities for Fair Elections", "National Housing Justice Project",
    "Renters United Network", "Coalición de Inquilinos del Suroeste", "Workers' Defense Fund",
    "Municipal Climate Collaborative", "Public Budget Project", "Neighborhood Legal Aid Society",
    "Alliance for Civilian Oversight", "Safe Streets Partnership", "Immigrant Legal Resource Network",
    "Welcoming Cities Fund", "Domestic Workers' Council", "Center for Democratic Participation",
    "Voting Access Coalition", "Transit Riders Union", "Clean Energy Cities Network",
    "Environmental Justice Alliance", "Community Land Trust Coalition", "Restaurant Workers' Alliance",
    "Youth Justice Collaborative", "Crisis Response Institute", "Center for Economic Democracy",
    "Living Wage Campaign", "Heat Safety Coalition", "Fair Chance Hiring Project",
    "Open Government Institute", "Participatory Budgeting Alliance", "Frente Laboral Latino",
    "Housing Is a Human Right Coalition", "Council on Police Accountability", "Violence Interruption Network",
    "Cooperative Economy Fund", "Climate Resilience Partners", "Asian American Civic Alliance",
)

DOCUMENTS: tuple[str, ...] = (
    "report", "policy brief", "data dashboard", "evaluation", "survey", "case study", "fact sheet",
    "model ordinance", "budget analysis", "research memo",
)

GENERIC_SENTENCES: tuple[str, ...] = (
    "Local governments have more power here than most residents realize.",
    "The council in {city} passed the measure after more than a year of organizing by residents.",
    "{official} of {city} put it simply: policy is a budget decision before it is anything else.",
    "None of this happened because of a single vote; it took years of patient coalition work.",
    "Cities that start small and measure their results tend to expand what works.",
    "The {partner} worked with council staff on the details, from eligibility rules to reporting.",
    "In {year}, only a handful of cities had tried this approach; today more than {count} have.",
    "Residents packed the chamber for the hearing, and dozens signed up to testify.",
    "The program costs about {money} a year, less than the city spends responding to the problems it prevents.",
    "Opponents warned of unintended consequences, but the first {months} months of data tell a different story.",
    "State preemption remains the largest obstacle, and local officials are organizing to push back.",
    "The lesson for other cities is that implementation matters as much as the ordinance itself.",
    "Community organizations were at the table from the first draft, not invited in at the end.",
    "{official} introduced the measure with a coalition of colleagues from across {city}.",
    "An independent evaluation found that the policy reached {pct} percent of eligible residents in its first year.",
    "Smaller cities and rural counties face the same pressures with far fewer staff.",
    "Members of the Network in {city} and {city2} compared notes on what to do differently.",
    "The final budget included {money} for the effort, with a review after {months} months.",
    "What changed was not the problem but who was in the room when decisions were made.",
    "Federal funding has been uncertain for years, so cities have learned to build programs that can stand on their own.",
    "Public hearings are only the beginning; the real test is whether residents can use what was promised.",
    "Data from {city} shows that the neighborhoods hit hardest were the ones that benefited most.",
    "Local officials do not have to choose between ambition and careful governance.",
    "The ordinance requires an annual public report, so residents can see whether it is working.",
)

LINK_SENTENCES: tuple[str, ...] = (
    "The {partner} has published [a {document} on the results]({url}).",
    "Read [the {document} from {city}]({url}) for the full methodology.",
    "[The {partner}]({url}) tracks similar measures in {count} cities.",
    "Council staff in {city} have shared [their implementation timeline]({url}) with other jurisdictions.",
    "A [{document} by the {partner}]({url}) estimates the cost at {money} a year.",
)

GENERIC_HEADINGS: tuple[str, ...] = (
    "What happened", "Why it matters", "What the numbers say", "How it works", "What comes next",
    "Lessons for other cities", "The road ahead", "Getting started", "Who benefits", "The opposition",
    "Building the coalition", "What local officials can do", "Questions to ask", "Paying for it",
)

GENERIC_QUOTES: tuple[str, ...] = (
    "Our residents did not ask for a press release. They asked for results, and this is what results look like.",
    "Every city hall in this country can do what we did. It takes organizing, patience and a budget line.",
    "We stopped waiting for the state and the federal government to act. Local power is real power.",
    "This is what happens when the people most affected write the policy instead of reacting to it.",
    "The first year taught us to measure everything and to listen to the people using the program.",
    "When we work together across cities, no council member has to start from scratch.",
)

CHAPTER_TITLES: tuple[str, ...] = (
    "The case for change", "How the policy works", "Model ordinance language", "Funding and implementation",
    "Measuring results", "Working with community partners", "Frequently asked questions",
    "Lessons from early adopters",
)

POST_TITLES: tuple[str, ...] = (
    "How {city} Won {Topic}",
    "What We Learned From {city}'s {Topic} Program",
    "Five Lessons on {Topic} From City Halls Across the Country",
    "{Topic}: What Local Officials Need to Know in {year}",
    "Why {Topic} Should Be on Every City Council's Agenda",
    "The Quiet Success of {Topic} in {city}",
    "After the Vote in {city}: Making {Topic} Work",
    "A Year of {Topic} in {city} and {city2}",
    "Myths and Facts About {Topic}",
    "The Evidence on {Topic} Is In",
)

PRESS_TITLES: tuple[str, ...] = (
    "Local Officials Urge Congress to Protect {Topic}",
    "Network Applauds {city} Council Vote on {Topic}",
    "Statement on the State Legislature's Attack on {Topic}",
    "{count} Local Officials Sign Pledge on {Topic}",
    "Network and {partner} Launch National Campaign for {Topic}",
    "Statement From the Municipal Justice Network on {Topic} in {city}",
    "Mayors and Council Members From {count} Cities Call for {Topic}",
    "New Report on {Topic} Finds Savings for Cities",
)

TOOLKIT_TITLES: tuple[str, ...] = (
    "{Topic}: A Toolkit for Local Officials",
    "A Practical Guide to {Topic}",
    "{Topic} in Practice: Model Policies and Lessons Learned",
    "Winning {Topic}: A Playbook for City Councils",
)

GENERIC_AREA = AreaBank(
    topics=("local policy", "community investment", "public services", "open budgets"),
    sentences=GENERIC_SENTENCES,
    headings=GENERIC_HEADINGS,
    list_items=(
        "Start with data the city already collects.",
        "Fund community partners to do outreach.",
        "Require a public report every year.",
        "Phase the program in, neighborhood by neighborhood.",
    ),
    quotes=GENERIC_QUOTES,
    table_metric="Residents reached",
)

AREAS: dict[str, AreaBank] = {
    "affordable-housing": AreaBank(
        topics=("tenant right to counsel", "social housing", "rent stabilization", "eviction prevention",
                "inclusionary zoning", "community land trusts", "just cause eviction protections",
                "emergency rental assistance"),
        sentences=(
            "In {city}, the right to counsel program cut default judgments in eviction court by {pct} percent.",
            "Rents in {city} rose {pct} percent in {months} months while wages barely moved.",
            "Most tenants facing eviction still go to court without a lawyer, while most landlords have one.",
            "Social housing, owned publicly and kept permanently affordable, is back on the agenda in {city}.",
            "The council in {city} adopted just cause protections covering about {num} thousand rental homes.",
            "Every eviction prevented saves the city the far higher cost of shelter and emergency care.",
            "Community land trusts in {city} keep homes affordable for good by separating the land from the house.",
            "Zoning reform alone will not house the families being priced out right now.",
            "Emergency rental assistance reached {num} thousand households in {city} before the funds ran out.",
            "Tenant organizers in {city2} knocked on doors in every building that received an eviction filing.",
            "The housing trust fund in {city} now receives a dedicated share of the real estate transfer tax.",
            "Families who keep their homes keep their children in the same school, and that matters.",
        ),
        headings=("Keeping families housed", "The eviction crisis in numbers", "Building homes people can afford",
                  "Tenant protections that work", "Funding the housing trust fund"),
        list_items=(
            "Guarantee legal representation to every tenant facing eviction.",
            "Require landlords to give a reason before ending a lease.",
            "Dedicate a permanent revenue source to the housing trust fund.",
            "Let cities build and own mixed-income social housing.",
            "Collect eviction filing data by neighborhood, every quarter.",
            "Fund tenant organizing as well as legal services.",
            "Limit rent increases on existing tenants to a predictable amount each year.",
        ),
        quotes=(
            "No family in our city should lose their home because they could not afford a lawyer.",
            "Housing is not a luxury good. It is the foundation everything else is built on.",
            "We measured it: every dollar we spent on eviction prevention saved more than two in shelter costs.",
        ),
        table_metric="Households served",
    ),
    "immigrant-rights": AreaBank(
        topics=("welcoming city policies", "legal defense funds", "municipal ID cards", "language access",
                "sanctuary protections", "immigrant workers' protections"),
        sentences=(
            "{city}'s legal defense fund has represented more than {num} hundred residents in immigration court.",
            "People with a lawyer in immigration court are several times more likely to win their case.",
            "Municipal ID cards in {city} let residents open bank accounts, see a doctor and pick up their children.",
            "Local police in {city} do not ask about immigration status, and crime reporting went up, not down.",
            "Language access means every vital city service is available in the languages residents speak.",
            "The council in {city2} refused to sign an agreement that would have turned officers into immigration agents.",
            "Immigrant neighbors pay local taxes, run local businesses and serve on local school committees.",
            "After the raids, families in {city} were afraid to send their children to school for weeks.",
            "The welcoming city ordinance in {city} limits the data the city shares with federal agencies.",
            "Rapid response networks in {city} now answer their hotline in {num} languages.",
        ),
        headings=("Protecting immigrant neighbors", "Due process for every resident", "Services open to all",
                  "Responding to raids", "Language access in practice"),
        list_items=(
            "Fund universal legal representation in immigration court.",
            "Keep local police out of federal immigration enforcement.",
            "Limit the personal data city agencies collect and share.",
            "Issue a municipal ID available to every resident.",
            "Translate vital documents and provide interpreters at public meetings.",
            "Support rapid response networks with training and funding.",
        ),
        quotes=(
            "Our immigrant neighbors are our neighbors, full stop. City hall works for them too.",
            "Due process is not a privilege. It is the law, and a lawyer makes it real.",
            "Trust between residents and their city is a public safety asset we will not give away.",
        ),
        table_metric="Residents assisted",
    ),
    "police-reform": AreaBank(
        topics=("civilian oversight", "use-of-force standards", "police transparency",
                "independent investigations", "traffic enforcement reform"),
        sentences=(
            "The civilian oversight board in {city} now has subpoena power and its own investigators.",
            "Use-of-force incidents in {city} fell {pct} percent after the new policy took effect.",
            "Body camera footage in {city} must now be released within {num} days of a serious incident.",
            "Traffic stops for minor equipment violations made up {pct} percent of stops in {city} before the change.",
            "Oversight without access to records is oversight in name only.",
            "Police union contracts in {city2} had quietly erased disciplinary records after {num} years.",
            "The council in {city} published every use-of-force policy online for the first time.",
            "Independent investigations of deaths in custody are now the rule in {city}, not the exception.",
            "Residents in {city} can track complaints against officers on a public dashboard.",
        ),
        headings=("Oversight with real power", "Transparency residents can see", "Rethinking traffic stops",
                  "What the contracts say", "Accountability after a crisis"),
        list_items=(
            "Give the oversight board subpoena power and its own budget.",
            "Publish use-of-force data every quarter, by district.",
            "Release body camera footage of serious incidents on a fixed timeline.",
            "End stops for minor equipment violations that do not affect safety.",
            "Bring disciplinary rules into the open before the next contract negotiation.",
            "Require independent investigations of deaths in custody.",
        ),
        quotes=(
            "Accountability is not anti-police. It is how trust is earned and kept.",
            "The public pays for policing. The public has a right to know how it works.",
            "We rewrote the rules with the families who had been failed by the old ones.",
        ),
        table_metric="Complaints reviewed",
    ),
    "economic-justice": AreaBank(
        topics=("participatory budgeting", "guaranteed income pilots", "public banking",
                "community wealth building", "fair fines and fees", "baby bonds"),
        sentences=(
            "The guaranteed income pilot in {city} gave {num} hundred families {money} a month with no strings attached.",
            "Participatory budgeting in {city} let residents decide how to spend {money} of the capital budget.",
            "Court fines and fees in {city} brought in less than they cost the city to collect.",
            "Recipients in {city} spent most of the money on rent, food, utilities and car repairs.",
            "A public bank would let {city} keep its deposits working for local businesses and homebuyers.",
            "The wealth gap between neighborhoods in {city} is wider than the gap between many countries.",
            "Ending driver's license suspensions for unpaid fines kept {num} thousand residents in {city} on the road to work.",
            "Cities spend billions every year on contracts; where that money goes is an economic policy.",
            "Baby bonds give every child born into poverty in {city} a trust account the city funds.",
        ),
        headings=("Closing the gaps", "Where the money goes", "Putting residents in charge of the budget",
                  "Cash that changes lives", "Ending the poverty penalty"),
        list_items=(
            "Let residents decide how part of the budget is spent.",
            "End driver's license suspensions for unpaid fines.",
            "Pilot a guaranteed income and publish the evaluation.",
            "Direct city contracts to local and worker-owned businesses.",
            "Study a public bank for city deposits.",
            "Audit every fine and fee for what it costs residents and the city.",
        ),
        quotes=(
            "People know what their families need. A guaranteed income trusts them to decide.",
            "A budget is a moral document, and our residents wrote this one with us.",
            "We were balancing the budget on the backs of the residents who could least afford it.",
        ),
        table_metric="Residents enrolled",
    ),
    "workers-rights": AreaBank(
        topics=("fair workweek laws", "wage theft enforcement", "paid sick leave", "heat safety standards",
                "labor standards offices", "domestic workers' bills of rights"),
        sentences=(
            "The labor standards office in {city} recovered {money} in stolen wages last year.",
            "Fair workweek rules in {city} require employers to post schedules {num} days in advance.",
            "Heat illness sends outdoor workers to the hospital every summer, and the hottest years are still ahead.",
            "Paid sick leave in {city} covers about {num} thousand workers who had none before.",
            "Workers in {city} who report wage theft are now protected from retaliation by law.",
            "Domestic workers were left out of federal labor law, so {city} wrote its own bill of rights.",
            "City contracts in {city} now require a living wage and a path to a union for covered workers.",
            "Worker centers in {city2} reach workers who would never walk into a government office.",
            "Enforcement offices often recover several dollars in back wages for every dollar in their budget.",
        ),
        headings=("Enforcing the laws on the books", "Predictable schedules", "Safety on the job",
                  "The freedom to organize", "Wage theft in numbers"),
        list_items=(
            "Create a labor standards office with its own investigators.",
            "Pay worker centers to do outreach in the languages workers speak.",
            "Require rest breaks, water and shade during extreme heat.",
            "Deny city permits and contracts to employers with unpaid wage judgments.",
            "Give workers two weeks' notice of their schedules.",
            "Presume retaliation when a worker is punished soon after a complaint.",
        ),
        quotes=(
            "A law nobody enforces is a promise nobody keeps. We hired the investigators.",
            "Workers did not suddenly start being cheated. They finally had somewhere to go.",
            "No one should have to choose between their health and their paycheck.",
        ),
        table_metric="Workers covered",
    ),
    "public-safety": AreaBank(
        topics=("non-police crisis response", "violence interruption", "community safety investment",
                "youth summer jobs", "safe passage programs"),
        sentences=(
            "Crisis response teams in {city} answered {num} thousand calls last year without a single serious injury.",
            "Violence interrupters in {city} are trusted messengers who know the neighborhoods they work in.",
            "Shootings in the program's focus area in {city} fell {pct} percent over {months} months.",
            "Most calls to 911 in {city} involve no violence and no crime in progress.",
            "Summer jobs for young people in {city} cut arrests for violent crime among participants.",
            "Trained counselors, not armed officers, now respond to mental health calls in {city2}.",
            "Vacant lot cleanup and street lighting in {city} reduced gun violence on the blocks that received them.",
            "Public safety is what residents experience, not only what the crime statistics count.",
            "The {partner} helped {city} design a dispatch protocol for sending the right responder.",
        ),
        headings=("Sending the right responder", "Stopping violence before it starts", "Investing in safe neighborhoods",
                  "What residents told us", "Measuring safety"),
        list_items=(
            "Route mental health calls to trained crisis counselors.",
            "Fund violence interruption programs for at least three years.",
            "Light streets and clean vacant lots on the blocks most affected.",
            "Offer paid summer jobs to every young person who wants one.",
            "Publish response times and outcomes by neighborhood.",
            "Involve residents in designing the program from the start.",
        ),
        quotes=(
            "Safety is not only the absence of crime. It is the presence of what a neighborhood needs.",
            "When someone is in crisis, they need a counselor, not a squad car.",
            "The people stopping shootings in our city grew up on these blocks.",
        ),
        table_metric="Calls answered",
    ),
    "democracy": AreaBank(
        topics=("ranked choice voting", "public campaign financing", "open meetings reform",
                "voting access", "independent redistricting", "youth voting"),
        sentences=(
            "Democracy vouchers in {city} gave every resident {money} to give to the local candidates they support.",
            "Turnout in {city}'s last municipal election was just {pct} percent of registered voters.",
            "Ranked choice voting in {city} meant no costly runoff elections and fewer negative campaigns.",
            "Moving local elections to even years in {city} nearly doubled turnout.",
            "Council meetings in {city} are now streamed, captioned and open to public comment online.",
            "Small donors in {city} now give more to local campaigns than developers and lobbyists combined.",
            "An independent commission in {city2} drew the new council districts in public hearings.",
            "Sixteen-year-olds in {city} can now vote in school board elections.",
            "Open government is not a courtesy; residents in {city} fought for it and won it.",
        ),
        headings=("A voice for every resident", "Fair elections", "Money in local politics",
                  "Open government", "Turnout and who votes"),
        list_items=(
            "Hold local elections at the same time as state and federal ones.",
            "Match small donations with public funds.",
            "Stream and caption every public meeting.",
            "Let an independent commission draw district lines.",
            "Translate ballots and voter guides into the languages residents speak.",
            "Allow public comment online as well as in person.",
        ),
        quotes=(
            "Local democracy is where most people first meet their government. It should work for them.",
            "When turnout is low, a small group decides for everyone. We changed the rules.",
            "Residents should not need a lobbyist to be heard at city hall.",
        ),
        table_metric="Voters reached",
    ),
    "climate": AreaBank(
        topics=("building electrification", "green jobs programs", "heat resilience",
                "clean transit", "climate resilience hubs", "municipal clean energy"),
        sentences=(
            "Buildings produce {pct} percent of the carbon emissions in {city}, more than cars and trucks.",
            "The electrification program in {city} replaced gas furnaces with heat pumps in {num} hundred homes.",
            "Heat waves kill more Americans than any other kind of extreme weather.",
            "Resilience hubs in {city} give residents a cool place, clean water and charged phones in an emergency.",
            "Electric buses in {city} cut diesel pollution along the routes that had the worst air.",
            "Green jobs programs in {city} trained {num} hundred residents for union apprenticeships.",
            "Tree cover in the hottest neighborhoods of {city} was half that of the wealthiest ones.",
            "Clean energy must not come with higher bills for the families least able to pay them.",
            "The climate plan in {city2} was written with the neighborhoods that flood first.",
        ),
        headings=("Cutting emissions where they start", "Jobs in the clean economy", "Ready for the next heat wave",
                  "Climate justice in practice", "Paying for the transition"),
        list_items=(
            "Set a date for new buildings to be all-electric.",
            "Protect tenants from rent increases after energy upgrades.",
            "Open cooling centers and resilience hubs in every district.",
            "Plant trees first in the neighborhoods with the least shade.",
            "Hire and train local residents for clean energy work.",
            "Electrify the city's own fleet and buses.",
        ),
        quotes=(
            "The communities hit first by the climate crisis should be the first to benefit from the solutions.",
            "We stopped waiting for Washington. Cities are building the clean economy now.",
            "A heat pump in a rental apartment should never mean an eviction notice.",
        ),
        table_metric="Homes upgraded",
    ),
}
