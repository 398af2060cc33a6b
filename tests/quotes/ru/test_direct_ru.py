"""Russian direct speech, one construction a test, on hand-written sentences."""
from onrecord.quotes.marks import pair_quote_marks


def test_guillemets_with_dash_and_trailing_cue(extract):
    f = extract("«Мы пока не можем говорить о прогрессе», — заявил Дмитрий Песков.")
    q = f.containing("о прогрессе")
    assert q.type == "direct" and f.cue(q) == "заявил" and q.speaker.name == "Дмитрий Песков"
    assert f.content(q) == "«Мы пока не можем говорить о прогрессе»"


def test_dash_cue_with_pronoun_speaker(extract):
    f = extract("Министр Иван Петров приехал в город. «Мы построим мост к осени», — сказал он.")
    q = f.containing("построим мост")
    assert f.source(q) == "он" and q.speaker.name == "Иван Петров" and q.speaker.mention_kind == "pronoun"


def test_quote_then_dash_cue_then_named_speaker(extract):
    f = extract("«Решение уже принято» — заявил глава ведомства Сергей Лавров.")
    q = f.containing("Решение уже принято")
    assert q.type == "direct" and q.speaker.name == "Сергей Лавров"


def test_colon_before_quotation(extract):
    f = extract("Глава МИД России Сергей Лавров заявил: «Мы готовы к диалогу без условий».")
    q = f.containing("готовы к диалогу")
    assert q.type == "direct" and f.cue(q) == "заявил" and q.speaker.name == "Сергей Лавров"


def test_low_high_quotes(extract):
    f = extract("Мэр Иван Петров сказал: „Мост откроют до конца года“.")
    q = f.containing("Мост откроют")
    assert q.type == "direct" and q.speaker.name == "Иван Петров"


def test_nested_quotes_inside_guillemets():
    text = "«Мы никогда не говорили „нет“ переговорам», — сказал он."
    (q,) = pair_quote_marks(text)
    assert text[q.start:q.end] == "«Мы никогда не говорили „нет“ переговорам»"


def test_nested_quotation_stays_one_statement(extract):
    f = extract("Иван Петров вышел к журналистам. «Мы никогда не говорили „нет“ переговорам», — сказал он.")
    (q,) = f.quotes
    assert f.content(q) == "«Мы никогда не говорили „нет“ переговорам»" and q.speaker.name == "Иван Петров"


def test_author_words_inside_the_quotation(extract):
    f = extract("«Мы не уйдём из города, — заявил мэр Иван Петров. — Это наш дом».")
    pieces = [f.content(q) for q in f.quotes]
    assert pieces == ["«Мы не уйдём из города", "Это наш дом»"]
    assert {q.speaker.name for q in f.quotes} == {"Иван Петров"} and len({q.attribution_id for q in f.quotes}) == 1


def test_quotation_across_paragraphs(extract):
    f = extract("Министр обороны Сергей Шойгу сказал:\n\n«Первый абзац цитаты продолжается здесь.\n\n"
                "«Второй абзац цитаты заканчивается здесь».")
    assert [f.content(q) for q in f.quotes] == ["«Первый абзац цитаты продолжается здесь.",
                                                "«Второй абзац цитаты заканчивается здесь»"]
    assert {q.speaker.name for q in f.quotes} == {"Сергей Шойгу"}


def test_headline_quote(extract):
    f = extract("Песков: «Мы не видим прогресса на переговорах»\n\nКремль прокомментировал встречу в Стамбуле.")
    q = f.containing("не видим прогресса")
    assert q.type == "direct" and q.speaker.name == "Песков" and q.rule == "colon-credit"


def test_credit_line_after_quotation(extract):
    f = extract("«Мы не уйдём из этого города никогда» — Иван Петров")
    q = f.containing("не уйдём")
    assert q.rule == "dash-credit" and q.speaker.name == "Иван Петров"


def test_scare_quotes_are_not_statements(extract):
    f = extract("Компания «Газпром» открыла новый офис в Москве.")
    assert f.quotes == []


def test_name_in_guillemets_inside_the_source_is_not_a_quote(extract):
    f = extract("Представитель тюрьмы «Тихар» заявил, что заключённый здоров.")
    (q,) = f.quotes
    assert f.content(q) == "что заключённый здоров"


def test_title_after_a_noun_is_not_a_quote(extract):
    f = extract("Она рассказала о выставке «Украинская чайная горница».")
    # the topic of рассказала is a statement (test_reporting_verb_with_a_topic_after_o); the name is no quotation of its own
    assert all(not f.content(q).startswith("«") for q in f.quotes)


def test_short_quotation_after_a_colon_is_a_quote(extract):
    f = extract("Вернувшись в кабинет, дед сказал Дзержинскому: «Ехать невозможно».")
    q = f.containing("Ехать невозможно")
    assert q.type == "direct" and f.source(q) == "дед"


def test_block_quotation_after_a_colon(extract):
    f = extract("Адвокат Иван Петров сообщил журналистам:\n"
                "У меня нет точных сведений. Защита будет добиваться прекращения дела.\n\n"
                "Суд назначен на понедельник.")
    q = f.containing("нет точных сведений")
    assert f.content(q) == "У меня нет точных сведений. Защита будет добиваться прекращения дела."
    assert q.type == "direct" and f.cue(q) == "сообщил" and q.speaker.name == "Иван Петров"
    assert all("Суд назначен" not in f.content(x) for x in f.quotes)


def test_list_after_a_colon_without_a_verb_is_not_a_block_quotation(extract):
    f = extract("Состав сборной России на турнир:\nИван Петров, Сергей Иванов, Олег Сидоров и Пётр Смирнов.")
    assert f.quotes == []


def test_block_quotation_lead_without_a_cue_verb(extract):
    f = extract("Певица Карина Кокс присоединилась к поздравлениям:\n"
                "Мои поздравления Жанне! Желаю её сыну счастливой жизни!")
    q = f.containing("Мои поздравления")
    assert q.type == "direct" and f.cue(q) == "присоединилась" and q.speaker.name == "Карина Кокс"


def test_author_words_set_off_by_no_break_spaces(extract):
    f = extract("«Я не могу участвовать в фестивале,\u00a0— написал Миллер.\u00a0— Возможно, я приму другое решение».")
    pieces = [f.content(q) for q in f.quotes]
    assert pieces == ["«Я не могу участвовать в фестивале", "Возможно, я приму другое решение»"]
    assert all(q.speaker.name == "Миллер" for q in f.quotes)


def test_dialogue_dash_with_author_words_after(extract):
    f = extract("Журналист спросил министра о ценах.\n— Цены вырастут к осени, — сказал министр Иван Петров.")
    (q,) = f.quotes
    assert f.content(q) == "Цены вырастут к осени" and q.type == "direct" and q.speaker.name == "Иван Петров"


def test_dialogue_dash_with_author_words_inside(extract):
    f = extract("Министр Иван Петров пришёл.\n— Зарплаты не изменятся, — ответил он, — по крайней мере до весны.")
    assert [f.content(q) for q in f.quotes] == ["Зарплаты не изменятся", "по крайней мере до весны."]
    assert len({q.attribution_id for q in f.quotes}) == 1 and f.quotes[0].speaker.name == "Иван Петров"


def test_block_quotation_that_holds_a_quotation(extract):
    f = extract("Министр культуры Иван Петров написал в Twitter:\n"
                "Его музыка определила эпоху. Вчера в зале снова звучал «Польский реквием» в память о нём.\n\n"
                "Похороны пройдут в пятницу.")
    q = f.containing("Его музыка")
    assert f.content(q).endswith("«Польский реквием» в память о нём.") and q.type == "direct"
    assert f.cue(q) == "написал" and q.speaker.name == "Иван Петров"


def test_colon_introduction_without_a_cue_verb(extract):
    f = extract("Президент Иван Петров выразил соболезнования семье: «Мы скорбим вместе с вами в этот день».")
    q = f.containing("Мы скорбим")
    assert q.type == "direct" and f.cue(q) == "выразил" and q.speaker.name == "Иван Петров"


def test_titles_after_a_colon_are_not_a_colon_introduction(extract):
    f = extract("Его музыка звучала в фильмах: «Три дня» и «Зимний сад».")
    assert f.quotes == []


def test_quotation_goes_on_after_author_words_that_end_a_sentence(extract):
    f = extract("«Это не курорт, — сообщил журналистам главный врач Иван Петров. — Центр стоит в глухом лесу».")
    first, second = (q for q in f.quotes if q.attribution_id == f.quotes[0].attribution_id)
    assert f.content(first) == "«Это не курорт" and f.content(second) == "Центр стоит в глухом лесу»"
    assert second.speaker.name == "Иван Петров" and second.type == "direct"


def test_a_word_of_the_quotation_is_not_the_speaker(extract):
    f = extract("«Это не какой-то огромный центр для знаменитостей», — сообщило таблоидам доверенное лицо певицы.")
    q = f.containing("огромный центр")
    assert q.speaker.name != "огромный центр для знаменитостей"
