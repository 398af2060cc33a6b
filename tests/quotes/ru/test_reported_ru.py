"""Russian reported speech, one construction a test, on hand-written sentences."""
import pytest


@pytest.mark.parametrize("verb", ["заявил", "сообщил", "отметил", "подчеркнул", "добавил", "пояснил", "признал",
                                  "опроверг", "предупредил", "пообещал"])
def test_cue_verb_with_chto_clause(extract, verb):
    text = f"Министр Иван Петров {verb}, что переговоры продолжатся на следующей неделе."
    f = extract(text)
    q = f.containing("переговоры продолжатся")
    assert f.content(q) == "что переговоры продолжатся на следующей неделе"
    assert f.cue(q) == verb and q.type == "indirect" and q.speaker.name == "Иван Петров"


def test_chtoby_clause(extract):
    f = extract("Иван Петров потребовал, чтобы власти отменили решение.")
    q = f.containing("отменили решение")
    assert f.content(q).startswith("чтобы") and q.speaker.name == "Иван Петров"


def test_li_clause(extract):
    f = extract("Журналисты спросили Петрова, будет ли он баллотироваться.")
    q = f.containing("будет ли он")
    assert f.source(q) == "Журналисты"


def test_po_slovam(extract):
    f = extract("По словам Дмитрия Пескова, Кремль не планирует менять позицию.")
    q = f.containing("не планирует")
    assert f.cue(q) == "По словам" and q.speaker.name == "Дмитрий Песков" and q.rule == "according-to"


def test_po_mneniyu_in_the_middle(extract):
    f = extract("Рынок, по мнению аналитика Ивана Петрова, вырастет к осени.")
    assert [f.content(q) for q in f.quotes] == ["Рынок", "вырастет к осени"]
    assert f.quotes[0].speaker.name == "Иван Петров"


def test_kak_soobshchaet(extract):
    f = extract("Как сообщает ТАСС, переговоры пройдут в Стамбуле.")
    q = f.containing("переговоры пройдут")
    assert f.cue(q) == "Как сообщает" and q.speaker.name == "ТАСС" and q.speaker.mention_kind == "organisation"


def test_kak_pishet(extract):
    f = extract("Как пишет «Коммерсант», сделка будет закрыта в июне.")
    q = f.containing("сделка будет закрыта")
    assert q.speaker.name == "Коммерсант" and q.type == "indirect"


def test_so_ssylkoy_na_leaves_the_reporting_verb_its_source(extract):
    f = extract("Сделка будет закрыта в июне, сообщает РИА Новости со ссылкой на источник.")
    (q,) = f.quotes
    assert f.content(q) == "Сделка будет закрыта в июне" and q.speaker.name == "РИА Новости"


def test_so_ssylkoy_na_alone(extract):
    f = extract("Со ссылкой на источники в правительстве газета пишет о скорой отставке.")
    assert all(q.speaker.name != "источники" for q in f.quotes)


def test_inserted_cue_after_content(extract):
    f = extract("Нынешний кризис продлится до весны, считают эксперты.")
    q = f.containing("кризис продлится")
    assert f.content(q) == "Нынешний кризис продлится до весны" and f.source(q) == "эксперты"


def test_schitaet(extract):
    f = extract("Эксперт Иван Петров считает, что кризис продлится до весны.")
    assert f.containing("кризис продлится").speaker.name == "Иван Петров"


def test_uveren(extract):
    f = extract("Иван Петров уверен, что кризис продлится до весны.")
    q = f.containing("кризис продлится")
    assert f.cue(q) == "уверен" and q.speaker.name == "Иван Петров"


def test_colon_without_quotation_marks(extract):
    f = extract("Мама сказала: попробуй повоюй на его месте.")
    q = f.containing("попробуй повоюй")
    assert q.type == "indirect" and f.source(q) == "Мама"


def test_gerund_cue_takes_the_subject_of_its_verb(extract):
    f = extract("«Мы не отступим», — заявила Мария Захарова, добавив, что ответ будет жёстким.")
    q = f.containing("ответ будет")
    assert q.speaker.name == "Мария Захарова" and f.cue(q) == "добавив"


def test_impersonal_plural_credits_the_body(extract):
    f = extract("В МИД России заявили, что не получали ноты.")
    q = f.containing("не получали")
    assert q.speaker.name == "МИД России" and q.speaker.mention_kind == "organisation"


def test_mixed_quote(extract):
    f = extract("Министр Иван Петров заявил, что такие действия «недопустимы».")
    q = f.containing("недопустимы")
    assert q.type == "mixed" and f.content(q) == "что такие действия «недопустимы»"


def test_reported_speech_without_a_speaker_is_not_a_quote(extract):
    f = extract("Стало известно, что переговоры продолжатся.")
    assert f.quotes == []


def test_speech_verb_without_a_clause_is_not_a_quote(extract):
    f = extract("Он говорил о погоде и о ценах на хлеб.")
    assert f.quotes == []


def test_relative_o_chyom_reports_the_clause_before(extract):
    f = extract("Недавно Индия провела испытание оружия, о чём публично заявил премьер-министр Нарендра Моди.")
    q = f.containing("провела испытание")
    assert f.content(q) == "Недавно Индия провела испытание оружия" and q.speaker.name == "Нарендра Моди"


def test_inverted_cue_set_off_by_commas(extract):
    f = extract("Между тем, утверждает экономист Александр Аузан, свои деньги на развитие в России есть.")
    q = f.containing("свои деньги")
    assert q.speaker.name == "Александр Аузан" and f.cue(q) == "утверждает"


def test_first_person_parenthetical_is_not_a_cue(extract):
    f = extract("Его не смутил пункт, скажем, третий.")
    assert f.quotes == []


def test_quoted_aside_between_speaker_and_cue_is_not_the_statement(extract):
    f = extract("Один из ректоров «не для записи» заявил: «Я бы закрыл все программы, кроме бакалавриата».")
    (q,) = f.quotes
    assert "бакалавриата" in f.content(q) and f.source(q) == "Один из ректоров"


def test_cue_with_its_own_modifiers_after_the_quotation(extract):
    f = extract("«Как будет вам угодно, ваше превосходительство», — с поклоном сказал швейцар.")
    q = f.containing("угодно")
    assert q.type == "direct" and f.source(q) == "швейцар"


def test_impersonal_passive_with_chto_clause(extract):
    f = extract("Отмечается, что квартира находится на шестом этаже.")
    (q,) = f.quotes
    assert f.content(q) == "что квартира находится на шестом этаже" and f.cue(q) == "Отмечается"
    assert q.source is None and q.speaker.name is None


def test_kak_soobshchaetsya(extract):
    f = extract("Как сообщается, после выписки семья отправится домой.")
    q = f.containing("семья отправится")
    assert f.cue(q) == "Как сообщается" and q.source is None


def test_negated_impersonal_passive_is_not_a_statement(extract):
    f = extract("Причины смерти, что характерно, пока не сообщаются.")
    assert f.quotes == []


def test_govoritsya_v_obrashchenii_names_the_owner(extract):
    f = extract("В обращении министерства говорится, что цены вырастут к осени.")
    q = f.containing("цены вырастут")
    assert f.cue(q) == "говорится" and f.source(q) == "министерства"


def test_denial_verb_with_object(extract):
    f = extract("Наталья Тимакова опровергла заявление об отставке.")
    (q,) = f.quotes
    assert f.content(q) == "заявление об отставке" and q.speaker.name == "Наталья Тимакова"


def test_accusation_verb_with_object_and_charge(extract):
    f = extract("Великобритания обвиняет Россию в использовании химического оружия.")
    (q,) = f.quotes
    assert f.content(q) == "Россию в использовании химического оружия" and f.cue(q) == "обвиняет"


def test_denial_verb_with_pronoun_object_is_not_a_statement(extract):
    f = extract("Министр Иван Петров это опроверг.")
    assert f.quotes == []


def test_po_eyo_slovam(extract):
    f = extract("Кира Ярмыш пришла в штаб. По её словам, полицейские стоят за дверью и звонят.")
    q = f.containing("стоят за дверью")
    assert f.source(q) == "её" and f.cue(q) == "словам" and q.speaker.name == "Кира Ярмыш"


@pytest.mark.parametrize("verb", ["пообещал", "призвал", "потребовал", "предложил"])
def test_infinitive_of_request_or_promise(extract, verb):
    f = extract(f"Министр Иван Петров {verb} полностью пересмотреть программу строительства.")
    (q,) = f.quotes
    assert f.content(q) == "полностью пересмотреть программу строительства" and q.speaker.name == "Иван Петров"


def test_infinitive_after_the_addressee(extract):
    f = extract("Генпрокуратура попросила Сергея Собянина его уволить.")
    (q,) = f.quotes
    assert f.content(q) == "его уволить" and f.cue(q) == "попросила"


def test_indefinite_personal_request(extract):
    f = extract("Жителей города призвали не выходить из домов до утра.")
    (q,) = f.quotes
    assert f.content(q) == "не выходить из домов до утра" and q.source is None


def test_indefinite_personal_cue_with_body_after_it(extract):
    f = extract("Как отметили в агентстве «Интерфакс», квартира будет продана к осени.")
    q = f.containing("квартира будет продана")
    assert f.source(q).startswith("агентстве")


def test_two_reports_side_by_side(extract):
    f = extract("Ольга Голодец сообщила, что министр покинет свой пост, в ответ министр назвал её «странным персонажем».")
    q = f.containing("покинет свой пост")
    assert q.speaker.name == "Ольга Голодец" and f.cue(q) == "сообщила"
    q2 = f.containing("странным персонажем")
    assert f.cue(q2) == "назвал"


def test_label_verb_with_object_and_label(extract):
    f = extract("Активисты назвали убийство имама преступлением на почве ненависти.")
    (q,) = f.quotes
    assert f.content(q) == "убийство имама преступлением на почве ненависти" and f.cue(q) == "назвали"


def test_naming_with_a_proper_name_is_not_a_statement(extract):
    f = extract("Родители назвали сына Платоном.")
    assert f.quotes == []


def test_appeal_with_k_and_a_noun(extract):
    f = extract("Министр Иван Петров призвал к бойкоту зимней Олимпиады.")
    (q,) = f.quotes
    assert f.content(q) == "бойкоту зимней Олимпиады" and q.speaker.name == "Иван Петров"


def test_confirmation_verb_with_object(extract):
    f = extract("Генпрокурор Сауд аль-Моджеб подтвердил задержание 208 человек.")
    (q,) = f.quotes
    assert f.content(q) == "задержание 208 человек" and f.cue(q) == "подтвердил"


def test_time_in_the_prepositional_case_is_not_the_body(extract):
    f = extract("Как заявили в 2014 году, цены вырастут к осени.")
    q = f.containing("цены вырастут")
    assert q.source is None


@pytest.mark.parametrize(("refusal", "cue"), [("отказался комментировать", "отказался комментировать"),
                                              ("не стал комментировать", "не стал комментировать")])
def test_refusal_to_comment(extract, refusal, cue):
    f = extract(f"Министр Иван Петров {refusal} решение суда.")
    (q,) = f.quotes
    assert f.content(q) == "решение суда" and f.cue(q) == cue and q.speaker.name == "Иван Петров"


def test_declined_to_take_part_is_not_a_refusal_to_comment(extract):
    f = extract("Министр Иван Петров отказался подписать договор.")
    assert f.quotes == []


def test_reporting_noun_with_chto_clause(extract):
    f = extract("Из правительства поступили заявления, что ведомство не будет расформировано.")
    (q,) = f.quotes
    assert f.content(q) == "что ведомство не будет расформировано" and f.source(q) == "правительства"


def test_reporting_noun_o_tom_chto(extract):
    f = extract("Заявление Дмитрия Пескова о том, что переговоры продолжатся, удивило экспертов.")
    q = f.containing("переговоры продолжатся")
    assert f.content(q) == "что переговоры продолжатся" and q.speaker.name == "Дмитрий Песков"


def test_chto_clause_hung_elsewhere_by_the_parser(extract):
    f = extract("Министерство обороны Норвегии заявило, что опознало самолёт на снимке.")
    q = f.containing("опознало самолёт")
    assert f.content(q) == "что опознало самолёт на снимке" and f.cue(q) == "заявило"


def test_chto_clause_of_a_later_verb_is_not_the_cues(extract):
    f = extract("Южная Корея опровергает слухи о болезни лидера, заявляя, что у неё достаточно сведений.")
    assert all(f.cue(q) != "опровергает" for q in f.quotes if "достаточно сведений" in f.content(q))


def test_subject_misattached_by_the_parser(extract):
    f = extract("Весной два тренера уехали в Канаду, а министр спорта Иван Петров сообщил, что сборная будет "
                "готовиться к турниру.")
    q = f.containing("сборная будет готовиться")
    assert q.speaker.name == "Иван Петров" and f.cue(q) == "сообщил"


def test_short_passive_participle(extract):
    f = extract("В заявлении комитета было сказано, что премия присуждается за смелость.")
    q = f.containing("премия присуждается")
    assert f.content(q) == "что премия присуждается за смелость" and f.cue(q) == "сказано"
    assert f.source(q) == "комитета"


def test_reporting_verb_with_a_topic_after_o(extract):
    f = extract("Министр Иван Петров сообщил о задержании двух человек.")
    (q,) = f.quotes
    assert f.content(q) == "задержании двух человек" and f.cue(q) == "сообщил" and q.speaker.name == "Иван Петров"


def test_rasskazal_o_tom_chto(extract):
    f = extract("Свидетельница Анна Смирнова рассказала о том, что видела письмо.")
    (q,) = f.quotes
    assert f.content(q) == "что видела письмо" and q.speaker.name == "Анна Смирнова"


def test_mental_state_with_a_topic_is_not_a_statement(extract):
    f = extract("Министр Иван Петров думает о своей отставке.")
    assert f.quotes == []


def test_ob_etom_after_the_reported_sentence(extract):
    f = extract("Переговоры в Стамбуле завершились успешно. Об этом сообщил министр Иван Петров.")
    (q,) = f.quotes
    assert f.content(q) == "Переговоры в Стамбуле завершились успешно"
    assert f.cue(q) == "сообщил" and q.speaker.name == "Иван Петров"


def test_ob_etom_after_a_comma(extract):
    f = extract("Цены на бензин вырастут к осени, об этом сообщают СМИ.")
    (q,) = f.quotes
    assert f.content(q) == "Цены на бензин вырастут к осени" and f.source(q) == "СМИ"


def test_ob_etom_after_an_attributed_sentence_is_not_a_second_statement(extract):
    f = extract("Министр Иван Петров заявил, что переговоры завершились. Об этом сообщает ТАСС.")
    (q,) = f.quotes
    assert f.content(q) == "что переговоры завершились"


def test_ob_etom_after_a_title_line(extract):
    f = extract("Иван Петров\nОб этом сообщила пресс-служба министерства.")
    assert f.quotes == []


def test_po_dannym_with_a_name_in_latin_letters(extract):
    f = extract("По данным Financial Times, завод закроют до конца года.")
    q = f.containing("завод закроют")
    assert f.source(q) == "Financial Times" and f.cue(q) == "По данным"


def test_po_dannym_with_an_outlet_in_guillemets(extract):
    f = extract("По данным «Известий», завод закроют до конца года.")
    q = f.containing("завод закроют")
    assert f.source(q) == "Известий" and q.speaker.name == "Известия"


def test_attribution_phrase_after_the_content(extract):
    f = extract("Ремонт моста обошёлся в два миллиарда рублей, по данным Financial Times.")
    q = f.containing("Ремонт моста")
    assert f.content(q) == "Ремонт моста обошёлся в два миллиарда рублей" and f.source(q) == "Financial Times"


def test_so_slov(extract):
    f = extract("Со слов свидетеля, машина ехала очень быстро.")
    q = f.containing("машина ехала")
    assert f.cue(q) == "Со слов" and f.source(q) == "свидетеля"


def test_participle_set_off_after_its_noun(extract):
    f = extract("Министр Иван Петров, заявивший, что бюджет будет исполнен, покинул зал.")
    q = f.containing("бюджет будет исполнен")
    assert f.content(q).startswith("что бюджет будет исполнен") and q.speaker.name == "Иван Петров"


def test_govoritsya_after_unquoted_content(extract):
    f = extract("Бюджет будет исполнен в срок, говорится в заявлении министерства.")
    (q,) = f.quotes
    assert f.content(q) == "Бюджет будет исполнен в срок" and f.cue(q) == "говорится" and f.source(q) == "министерства"


def test_aside_between_subject_and_cue_is_no_content(extract):
    f = extract("Министр Иван Петров, в свою очередь, подчеркнул: бюджет будет исполнен в срок.")
    (q,) = f.quotes
    assert f.content(q) == "бюджет будет исполнен в срок"


@pytest.mark.parametrize("opening", ["Кроме того", "В свою очередь", "По мнению экспертов"])
def test_opening_phrase_before_the_cue_is_no_content(extract, opening):
    f = extract(f"{opening}, министр Иван Петров сообщил, что бюджет будет исполнен.")
    assert all(f.content(q) != opening for q in f.quotes)
    assert f.content(f.containing("бюджет будет")) == "что бюджет будет исполнен"


def test_chto_clause_hung_on_a_coordinated_verb(extract):
    f = extract("Президент Иван Петров заявил в понедельник, что знает, как обстоят дела у Анны Ивановой, "
                "и надеется, что с ней всё в порядке.")
    q = f.containing("знает")
    assert f.content(q) == "что знает, как обстоят дела у Анны Ивановой" and f.cue(q) == "заявил"


def test_misattached_subject_whose_title_does_not_agree(extract):
    f = extract("Открывая заседание, председатель комиссии Совета федерации Мария Иванова заявила, что основной "
                "целью документа является защита детей.")
    assert f.containing("защита детей").speaker.name == "Мария Иванова"


def test_chto_clause_after_an_object_stays_the_objects(extract):
    f = extract("Президент Иван Петров обвинил руководителей холдинга в том, что они плохо повели себя во время забастовки.")
    q = f.containing("повели себя")
    assert f.content(q).startswith("руководителей холдинга")


def test_po_slovam_with_a_possessive_before_the_source(extract):
    f = extract("Писатель Иван Петров умер в пятницу. По словам его супруги Анны Петровой, он скончался дома.")
    assert f.containing("скончался дома").speaker.name == "Анна Петрова"


def test_unsourced_introductory_phrase(extract):
    f = extract("По предварительным данным, пожар начался из-за неисправной проводки.")
    (q,) = f.quotes
    assert f.cue(q) == "По предварительным данным" and q.source is None
    assert f.content(q) == "пожар начался из-за неисправной проводки"


def test_accusation_of_a_pronoun_with_its_charge(extract):
    f = extract("Канадские власти обвиняли его в связях с преступной группировкой.")
    (q,) = f.quotes
    assert f.content(q) == "его в связях с преступной группировкой" and q.kind == "accusation"


def test_expressed_stance_with_chto_clause(extract):
    f = extract("Министр Иван Петров выразил надежду, что переговоры завершатся к осени.")
    (q,) = f.quotes
    assert f.content(q) == "что переговоры завершатся к осени" and q.speaker.name == "Иван Петров"


def test_poyasnyaetsya(extract):
    f = extract("В документе поясняется, что вещество признано химическим оружием.")
    (q,) = f.quotes
    assert f.content(q) == "что вещество признано химическим оружием" and f.cue(q) == "поясняется"


def test_date_before_an_indefinite_personal_cue_is_not_the_body(extract):
    f = extract("В 2002 году его обвиняли в изготовлении поддельных документов.")
    assert all(q.source is None for q in f.quotes)


@pytest.mark.parametrize("phrase", ["По сообщениям", "По сведениям", "По оценкам"])
def test_plural_attribution_phrases(extract, phrase):
    f = extract(f"{phrase} агентства Рейтер, завод закроют до конца года.")
    q = f.containing("завод закроют")
    assert f.cue(q) == phrase and f.source(q) == "агентства Рейтер"


def test_connective_before_an_interrupting_phrase_is_no_piece(extract):
    f = extract("В итоге, по данным правозащитников, на акции задержали 39 человек.")
    (q,) = f.quotes
    assert f.content(q) == "на акции задержали 39 человек"


def test_demand_with_a_noun(extract):
    f = extract("Футболисты потребовали отставки главного тренера.")
    (q,) = f.quotes
    assert f.content(q) == "отставки главного тренера" and f.cue(q) == "потребовали"


def test_need_is_no_demand(extract):
    f = extract("Завод построил унитаз, не требующий подключения к канализации.")
    assert f.quotes == []


def test_relative_clause_of_place_is_no_speaker(extract):
    f = extract("Участники встречи пошли к избиркому, где требовали допуска кандидатов до выборов.")
    q = f.containing("допуска кандидатов")
    assert q.speaker.name != "избирком"


def test_criticism_with_its_object(extract):
    f = extract("Депутат Иван Петров раскритиковал работу следственных органов.")
    (q,) = f.quotes
    assert f.content(q) == "работу следственных органов" and q.kind == "accusation"


def test_advice_with_an_infinitive(extract):
    f = extract("Врачи посоветовали певцу уехать на зиму в Германию.")
    q = f.containing("уехать")
    assert f.content(q) == "уехать на зиму в Германию" and q.kind == "claim"
