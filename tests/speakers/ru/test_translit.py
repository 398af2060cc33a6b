"""transliterate: BGN/PCGN as English-language news spell Russian names."""
import pytest

from onrecord.speakers.lang.ru.translit import transliterate


@pytest.mark.parametrize("cyrillic, latin", [
    ("Дмитрий Песков", "Dmitry Peskov"), ("Владимир Зеленский", "Vladimir Zelensky"),
    ("Сергей Лавров", "Sergey Lavrov"), ("Мария Захарова", "Mariya Zakharova"),
    ("Елена Ермолаева", "Yelena Yermolayeva"), ("Пётр Щукин", "Pyotr Shchukin"),
    ("Алексей Навальный", "Aleksey Navalny"), ("Юрий Ушаков", "Yury Ushakov"),
    ("Подъячев", "Podyachev"), ("ЦИК", "TSIK"), ("Анна-Мария", "Anna-Mariya"),
    ("Сергей Шойгу", "Sergey Shoigu"), ("Егор Гайдар", "Yegor Gaidar"), ("Лев Толстой", "Lev Tolstoy"),
])
def test_bgn_pcgn_as_the_press_writes_names(cyrillic, latin):
    assert transliterate(cyrillic) == latin


def test_other_characters_stay():
    assert transliterate("Peskov (Песков), 2024") == "Peskov (Peskov), 2024"
