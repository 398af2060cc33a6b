"""Web pages written for these tests: the layouts onrecord meets on news sites."""
from __future__ import annotations

NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li><li>Sport</li></ul></nav>"

ARTICLE_WITH_SIDEBAR_AND_COMMENTS = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port strike ends after talks | The Harbour Times</title>
<meta property="og:title" content="Port strike ends after talks">
<meta property="og:site_name" content="The Harbour Times">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
<link rel="canonical" href="https://harbour.example/news/port-strike-ends">
</head><body>{NAV}
<main><article>
<h1>Port strike ends after talks</h1>
<p class="byline">By Jane Reporter</p>
<p>The strike that closed the city's port for nine days ended on Tuesday after overnight talks
between the union and the port authority.</p>
<p>"We have a deal that protects every job on the docks," union leader Maria Okafor told reporters
outside the port gates.</p>
<p>The port authority's chief executive, Tom Reyes, said that ships would be unloaded again from
Wednesday morning and that the backlog would be cleared within a fortnight.</p>
<p>"Nobody wins a strike like this. We lost money, the workers lost wages, and the city lost
patience," Reyes said.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li>Ten best beaches this summer</li>
<li>Council to vote on parking fees</li></ul><p>Subscribe to our newsletter for daily updates!</p></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>"This deal is a disgrace," wrote one angry reader who said the union caved in.</p></div>
<div class="comment"><p>Great reporting as always, the commenter said.</p></div></section>
</main><footer><p>© 2026 The Harbour Times. All rights reserved.</p></footer></body></html>
"""

LIVE_BLOG = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Election night live: results as they come in</title>
<meta property="og:site_name" content="Daily Wire Service"></head><body>
<h1>Election night live: results as they come in</h1>
<div class="liveblog">
<div class="post"><time datetime="2026-05-07T23:10">23:10</time>
<p>Turnout in the northern districts was higher than at any election since 1992, the electoral
commission said in a statement.</p></div>
<div class="post"><time datetime="2026-05-07T23:45">23:45</time>
<p>"We are cautiously optimistic about the first results," opposition leader Ana Lima told
supporters gathered at the party headquarters in the capital.</p></div>
<div class="post"><time datetime="2026-05-08T00:20">00:20</time>
<p>Prime Minister David Roe has conceded two seats in the east, a spokesman for his campaign
confirmed, adding that the party still expected to win a majority.</p></div>
</div></body></html>
"""

PAYWALL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Budget row deepens</title>
<meta property="og:site_name" content="The Ledger"></head><body>
<article><h1>Budget row deepens</h1>
<p>The finance minister, Priya Nair, said on Thursday that the budget would not be rewritten to
please the coalition's junior partner, whose leader has threatened to walk out.</p>
<p>"The numbers are the numbers," Nair told the parliament's budget committee.</p>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>
</article></body></html>
"""

BROKEN_MARKUP = """<html><head><title>Flood warning issued</title><body>
<div><p>The river is expected to burst its banks by Friday, the environment agency warned in a
statement on Wednesday, urging residents of low-lying streets to move valuables upstairs.
<p>"Please take this warning seriously," the agency's regional director Sam Patel said at a
briefing in the town hall. <b>Sandbags are available <i>at the depot</p></div>
<table><tr><td>unclosed
"""

#: English text in a legacy encoding, declared in the page: "café" must survive.
LATIN1_PAGE = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Café owners protest rent rise</title></head><body><article>
<p>Owners of the old town's café terraces marched to the town hall on Monday to protest against a
rent rise of forty per cent, which they say will close half of them by winter.</p>
<p>"A café is not a luxury, it is the living room of this town," protest organiser Lucía Fernández
told the crowd in front of the town hall.</p>
</article></body></html>""").encode("iso-8859-1")

GERMAN_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Streik im Hafen beendet</title>
</head><body><article><h1>Streik im Hafen beendet</h1>
<p>Der Streik, der den Hafen der Stadt neun Tage lang lahmgelegt hatte, ist am Dienstag nach
nächtlichen Verhandlungen zwischen der Gewerkschaft und der Hafenbehörde zu Ende gegangen.</p>
<p>"Wir haben eine Einigung, die jeden Arbeitsplatz im Hafen schützt", sagte die
Gewerkschaftsvorsitzende Maria Okafor vor den Toren des Hafens.</p>
</article></body></html>
"""

NO_TEXT = "<html><head><title>Gallery</title></head><body><img src='a.jpg'><img src='b.jpg'></body></html>"

#: A short story: trafilatura's rescue for short pages takes the whole <article> as one run of text.
SHORT_STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mayor backs bridge plan</title>
</head><body><article><h1>Mayor backs bridge plan</h1><p class="byline">By Ann Writer</p>
<p>"We will build it," the mayor said on Monday at a town hall meeting with residents.</p>
<p>The council will vote on the plan next week, a spokesman said in a statement.</p>
</article></body></html>
"""

#: What a page shows only without JavaScript is not the article (short, as the rescue takes it).
NOSCRIPT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mayor backs bridge plan</title>
</head><body><noscript>Please enable JavaScript to read this site.</noscript>
<article><h1>Mayor backs bridge plan</h1>
<p>"We will build it," the mayor said on Monday at a town hall meeting with residents.</p>
<noscript><p>You need JavaScript to see the video of the meeting and the comments.</p></noscript>
<p>The council will vote on the plan next week, a spokesman said in a statement.</p>
</article></body></html>
"""
