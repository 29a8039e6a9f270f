"""The words of a math request in each language the reader knows, as data: one table per language.

Each table maps a phrase to a concept the reader (`reading.py`) understands: a task (solve, differentiate,
integrate, limit, simplify, expand, factor, evaluate, determinant, inverse, eigenvalues, rank, gcd, lcm,
prime_factorization, is_prime, sum, product), a connector (from, to, wrt, when, approaches, and, between, for)
or `filler` (articles, "de"/"die"/"の"/"を", politeness: por favor, s'il vous plaît, bitte, ください, 请,
пожалуйста). English phrases live in `vocabulary.py` (with Korean), which predates this module.

- Spaced languages (es, fr, de, pt, it, ru, nl, pl, tr, id, vi, hi, ar): a phrase is a run of lower-case words.
  An elided article or preposition ("l'intégrale", "dell'integrale", "s'il") counts as filler before its word.
  Russian words are inflected, so a Russian entry may end in `*`: the stem followed by one of the
  `RUSSIAN_ENDINGS`.
- Unspaced scripts (zh, ja, th): a run of Han/kana or of Thai is cut into known tokens (fewest tokens wins); a run that
  cannot be cut entirely into known tokens is unknown. A Japanese postposition glued after a formula
  (`0から`, `1まで`, `xについて`, `xが`) is a `post:` role of that formula.
- Single letters that are words (Spanish/Portuguese/Italian "a" = to, "y"/"e" = and) are words only where the
  segmenter can tell them from a variable: between two formulas ("de 0 a 1") or after a listed word
  ("respecto a x"); everywhere else a lone letter stays a variable.

- Polish "z" ("całkę z x^2": the integral of) is a word only after the words listed in `after`.
- Turkish, Hindi and Arabic tables are small: the task words and fillers of common requests. Their bounds and
  limit points are written with suffixes or postpositions ("0'dan 3'e kadar", "0 से 3 तक") that no table lists,
  so such requests abstain rather than guess which number is which bound.

A word in no table makes the reader abstain (it may change the question); nothing here guesses a task from a
partial reading. Left out: languages not listed, inflections not listed, spoken arithmetic outside English
(`spoken.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


def _table(text: str) -> dict[tuple[str, ...], str]:
    """`concept: phrase | phrase ...` lines -> {phrase words: concept}."""
    table: dict[tuple[str, ...], str] = {}
    for line in text.strip().splitlines():
        concept, _, phrases = line.rpartition(":")
        for phrase in phrases.split("|"):
            words = tuple(phrase.split())
            if words:
                table[words] = concept.strip()
    return table


def _tokens(text: str) -> dict[str, str]:
    """The same format for unspaced scripts: each phrase is one token."""
    return {"".join(words): concept for words, concept in _table(text).items()}


@dataclass(frozen=True, eq=False)  # identity: a language is one object, hashed for the caches
class Language:
    """One language's words. `letters`: single letters that are words there, with their concept; `after`:
    (previous word, letter) pairs where the letter is a word; `elisions`: prefixes before an apostrophe."""

    code: str
    name: str
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    letters: dict[str, str] = field(default_factory=dict)
    after: frozenset[tuple[str, str]] = frozenset()
    elisions: frozenset[str] = frozenset()
    stems: dict[str, str] = field(default_factory=dict)

    @property
    def longest(self) -> int:
        return max((len(p) for p in self.phrases), default=1)


# Words every language shares: names written the same way everywhere.
_SHARED = """
determinant: det
limit: lim
gcd: gcd
lcm: lcm
remainder: mod
"""

SPANISH = Language("es", "Spanish", _table(_SHARED + """
solve: resuelve | resuelva | resolver | resuelvan | resolvé | soluciona | solucione | solucionar | solución |
solve: soluciones | raíces | raíz | halla las raíces | encuentra las raíces
system: sistema | sistema de ecuaciones
inequality: inecuación | desigualdad
differentiate: deriva | derive | derivar | derivada | derivadas | diferencia la función | diferenciar | diferencie
integrate: integra | integre | integrar | integral | integrales | antiderivada | primitiva
limit: límite | limite
simplify: simplifica | simplifique | simplificar | simplificación
expand: expande | expanda | expandir | desarrolla | desarrolle | desarrollar
factor: factoriza | factorice | factorizar | factorización | factoriza completamente
prime_factorization: descomposición en factores primos | factorización prima | factores primos
evaluate: calcula | calcule | calcular | evalúa | evalúe | evaluar | cuánto es | cuál es | cuanto es | cual es |
evaluate: valor | resultado | halla el valor | encuentra el valor | obtén | obtenga
determinant: determinante
inverse: inversa | matriz inversa
eigenvalues: valores propios | autovalores
eigenvectors: vectores propios | autovectores
rank: rango
gcd: máximo común divisor | mcd
lcm: mínimo común múltiplo | mcm
remainder: resto | residuo
divided_by: dividido entre | dividido por | dividida entre | dividida por
is_prime: primo | número primo | es primo
sum: suma
product: producto
order2: segunda derivada | derivada segunda
order3: tercera derivada | derivada tercera
infinity: infinito | el infinito | más infinito
neg_infinity: menos infinito
at: en | en el punto
tangent_line: recta tangente | tangente | ecuación de la recta tangente | recta tangente a | tangente a
vertex: vértice | vertice
axis_of_symmetry: eje de simetría | eje de simetria
inverse_function: función inversa | funcion inversa
coefficient: coeficiente
partial_fractions: fracciones parciales
complete_square: completa el cuadrado | completar el cuadrado | completando el cuadrado
minimum: mínimo | valor mínimo | minimo
maximum: máximo | valor máximo | maximo
from: de | del | desde
to: a | hasta
between: entre
and: y
wrt: con respecto a | respecto a | respecto de | con respecto de
for: para
when: cuando | si
approaches: tiende a | tiende | se acerca a
filler: la | el | los | las | lo | un | una | de la | función | ecuación | ecuaciones | expresión | matriz |
filler: siguiente | por favor | porfa | favor | encuentra | encuentre | halla | halle | determina | determine | es |
filler: dada | dado | paso a paso | indefinida | definida | gracias | hola | me | puedes | podrías | ayúdame | número |
filler: cuáles son | cuál | cuáles | son | necesito | quiero | qué | que
"""), letters={"a": "to", "y": "and", "o": "or"},
    after=frozenset({("respecto", "a"), ("tiende", "a"), ("acerca", "a"), ("tangente", "a")}))

FRENCH = Language("fr", "French", _table(_SHARED + """
solve: résous | résolvez | résoudre | résolution | solutions | racines | trouvez les racines
system: système | système d'équations
inequality: inéquation | inégalité
differentiate: dérive | dérivez | dériver | dérivée | dérivées | différencie | différenciez | différencier
integrate: intègre | intégrez | intégrer | intégrale | intégrales | primitive | primitives
limit: limite
simplify: simplifie | simplifiez | simplifier | simplification
expand: développe | développez | développer | développement
factor: factorise | factorisez | factoriser | factorisation
prime_factorization: décomposition en facteurs premiers | décomposez en facteurs premiers | facteurs premiers
evaluate: calcule | calculez | calculer | évalue | évaluez | évaluer | combien fait | combien font | combien vaut |
evaluate: valeur | résultat | que vaut | quelle est la valeur
determinant: déterminant
inverse: inverse | matrice inverse
eigenvalues: valeurs propres
eigenvectors: vecteurs propres
rank: rang
gcd: plus grand commun diviseur | pgcd
lcm: plus petit commun multiple | ppcm
remainder: reste
divided_by: divisé par | divisée par
modulus: module | valeur absolue
argument: argument
conjugate: conjugué | conjuguée
is_prime: premier | nombre premier | est premier | est-il premier
sum: somme
product: produit
order2: dérivée seconde | seconde dérivée | dérivée deuxième | deuxième dérivée
order3: dérivée troisième | troisième dérivée
infinity: infini | l'infini | plus l'infini | +infini
neg_infinity: moins infini
at: en | au point
tangent_line: tangente | la tangente | équation de la tangente
vertex: sommet
axis_of_symmetry: axe de symétrie
inverse_function: fonction réciproque | réciproque
coefficient: coefficient
partial_fractions: éléments simples | décomposition en éléments simples
minimum: minimum | valeur minimale
maximum: maximum | valeur maximale
from: de | du | des | depuis
to: à | jusqu'à
between: entre
and: et
wrt: par rapport à | en fonction de
for: pour
when: quand | lorsque | si
approaches: tend vers | tend | vers
filler: la | le | les | un | une | fonction | équation | équations | expression | matrice | suivante | suivant |
filler: s'il vous plaît | s'il te plaît | il vous plaît | il te plaît | svp | merci | trouve | trouvez | trouver |
filler: détermine | déterminez | déterminer | donne | donnez | est | étape par étape | indéfinie | définie | bonjour |
filler: pouvez-vous | peux-tu | nombre | est-ce que | est-ce | quelle | quel | quelles | quels | que | qui | allant
"""), elisions=frozenset({"l", "d", "s", "qu", "j", "n", "c"}))

GERMAN = Language("de", "German", _table(_SHARED + """
solve: löse | lösen | löst | lösung | lösungen | nullstellen | wurzeln | löse die gleichung
system: gleichungssystem | system
inequality: ungleichung
differentiate: leite | ableiten | ableitung | ableitungen | differenziere | differenzieren | differenzieren sie |
differentiate: leiten sie
integrate: integriere | integrieren | integral | integrale | stammfunktion | integrieren sie
limit: grenzwert | limes
simplify: vereinfache | vereinfachen | vereinfachen sie | vereinfachung
expand: multipliziere aus | multipliziere | ausmultiplizieren | expandiere | expandieren
factor: faktorisiere | faktorisieren | faktorisieren sie | faktorisierung
prime_factorization: primfaktorzerlegung | primfaktoren | zerlege in primfaktoren
evaluate: berechne | berechnen | berechnen sie | berechnung | werte aus | wert | ergebnis | was ist | wie viel ist
determinant: determinante
inverse: inverse | inverse matrix | kehrmatrix
eigenvalues: eigenwerte
eigenvectors: eigenvektoren
rank: rang
gcd: größter gemeinsamer teiler | größten gemeinsamen teiler | größte gemeinsame teiler | ggt
lcm: kleinstes gemeinsames vielfaches | kleinste gemeinsame vielfache | kleinsten gemeinsamen vielfachen | kgv
remainder: rest
divided_by: geteilt durch | dividiert durch
is_prime: primzahl | eine primzahl | prim
sum: summe
product: produkt
order2: zweite ableitung | zweiten ableitung
order3: dritte ableitung | dritten ableitung
infinity: unendlich
neg_infinity: minus unendlich
at: bei | an der stelle
tangent_line: tangente | tangentengleichung | gleichung der tangente | tangente an | tangente an den graphen von
vertex: scheitelpunkt | scheitel
axis_of_symmetry: symmetrieachse
inverse_function: umkehrfunktion
coefficient: koeffizient | koeffizienten
partial_fractions: partialbruchzerlegung | partialbrüche
complete_square: quadratische ergänzung
minimum: minimum | tiefpunkt
maximum: maximum | hochpunkt
prime_factorization: in primfaktoren
from: von | vom
to: bis
between: zwischen
and: und
wrt: nach
when: für | wenn
approaches: gegen | geht gegen | strebt gegen
filler: zerlege | zerlegen | zerlegen sie
filler: der | die | das | den | dem | des | ein | eine | einen | funktion | gleichung | ausdruck | matrix | ab |
filler: folgende | folgenden | bitte | danke | bestimme | bestimmen | bestimmen sie | finde | finden sie | ist |
filler: schritt für schritt | unbestimmte | bestimmte | hallo | zahl | auf | aus | wie lautet | wie lauten |
filler: was | welche | welches | welcher
"""))

PORTUGUESE = Language("pt", "Portuguese", _table(_SHARED + """
solve: resolva | resolve | resolver | solução | soluções | raízes
system: sistema
inequality: inequação | desigualdade
differentiate: derive | deriva | derivar | derivada | derivadas | diferencie | diferenciar
integrate: integre | integra | integrar | integral | integrais | primitiva | antiderivada
limit: limite
simplify: simplifique | simplifica | simplificar
expand: expanda | expande | expandir | desenvolva | desenvolver
factor: fatore | fatora | fatorar | fatoração | fatorize | fatorizar | factorize | factorizar
prime_factorization: decomposição em fatores primos | fatoração em primos | fatores primos
evaluate: calcule | calcula | calcular | avalie | avaliar | quanto é | qual é | valor | resultado
determinant: determinante
inverse: inversa | matriz inversa
eigenvalues: autovalores | valores próprios
eigenvectors: autovetores | vetores próprios
rank: posto | característica
gcd: máximo divisor comum | mdc
lcm: mínimo múltiplo comum | mmc
remainder: resto
divided_by: dividido por | dividida por
is_prime: primo | número primo | é primo
sum: soma
product: produto
order2: segunda derivada | derivada segunda
order3: terceira derivada | derivada terceira
infinity: infinito | o infinito
neg_infinity: menos infinito
at: em | no ponto
from: de | do | da | desde
to: a | até
between: entre
and: e
wrt: em relação a | com respeito a | relativamente a
for: para
when: quando | se
approaches: tende a | tende para | tende
filler: o | os | as | um | uma | função | equação | expressão | matriz | seguinte | por favor | obrigado | encontre |
filler: ache | determine | é | passo a passo | indefinida | definida | olá | número
"""), letters={"a": "to", "e": "and", "o": "the"},
    after=frozenset({("relação", "a"), ("respeito", "a"), ("tende", "a")}))

ITALIAN = Language("it", "Italian", _table(_SHARED + """
solve: risolvi | risolva | risolvere | soluzione | soluzioni | radici
system: sistema
inequality: disequazione | disuguaglianza
differentiate: deriva | derivare | derivata | derivate | differenzia | differenziare
integrate: integra | integrare | integrale | integrali | primitiva
limit: limite
simplify: semplifica | semplificare | semplifichi
expand: espandi | espandere | sviluppa | sviluppare
factor: fattorizza | fattorizzare | scomponi | scomporre | scomposizione
prime_factorization: scomposizione in fattori primi | fattori primi | scomponi in fattori primi
evaluate: calcola | calcolare | calcoli | valuta | valutare | quanto fa | quanto vale | qual è | valore | risultato
evaluate: quanto è | quanto
determinant: determinante
inverse: inversa | matrice inversa
eigenvalues: autovalori
eigenvectors: autovettori
rank: rango
gcd: massimo comun divisore | massimo comune divisore | mcd
lcm: minimo comune multiplo | mcm
remainder: resto
divided_by: diviso per | divisa per
is_prime: primo | numero primo | è primo
sum: somma
product: prodotto
order2: derivata seconda | seconda derivata
order3: derivata terza | terza derivata
infinity: infinito | l'infinito
neg_infinity: meno infinito
at: in | nel punto
from: da | dal | di | del | della
to: a | fino a
between: tra | fra
and: e
wrt: rispetto a
for: per
when: quando | se
approaches: tende a | tende
filler: il | lo | la | i | gli | le | un | una | uno | funzione | equazione | espressione | matrice | seguente |
filler: per favore | per piacere | grazie | trova | trovare | determina | è | passo passo | passo per passo |
filler: indefinito | definito | ciao | numero | che | qual | quale | quali
"""), letters={"a": "to", "e": "and", "i": "the"},
    after=frozenset({("rispetto", "a"), ("tende", "a"), ("fino", "a")}),
    elisions=frozenset({"l", "dell", "all", "nell", "un", "d", "sull", "dall"}))

# Russian: `stem*` matches the stem with any of these endings (cases and imperative forms).
RUSSIAN_ENDINGS = ("", "о", "й", "а", "у", "ы", "е", "ой", "ую", "ая", "ые", "ых", "ом", "ей", "и", "ь",
                   "ите", "ить", "ия", "ие", "ию", "ии", "ий", "ем", "ов", "ами", "ям", "я", "ю", "ях",
                   "ями", "ого", "ему", "ым", "ыми")
RUSSIAN = Language("ru", "Russian", _table(_SHARED + """
solve: реши* | решите | решить | решение* | корн* | найдите корни | найти корни
system: систем*
inequality: неравенств*
differentiate: производн* | продифференцируйте | продифференцируй | продифференцировать | дифференцируйте
integrate: интеграл* | проинтегрируйте | проинтегрируй | проинтегрировать | интегрируйте | первообразн*
limit: предел*
simplify: упрост* | упростите | упрости | упростить
expand: раскрой* | раскройте скобки | раскрыть скобки | разверните
factor: разложите на множители | разложи на множители | разложить на множители
prime_factorization: разложите на простые множители | разложить на простые множители | простые множители
evaluate: вычисл* | вычислите | вычисли | посчитайте | посчитай | значени* | чему равно | сколько будет
determinant: определител* | детерминант*
inverse: обратн* матриц* | обратн*
eigenvalues: собственн* значени* | собственные числа
eigenvectors: собственн* вектор*
rank: ранг*
gcd: наибольш* общ* делител* | нод
lcm: наименьш* общ* кратн* | нок
remainder: остат*
is_prime: простое | простым | простое число | простым числом
sum: сумм*
product: произведени*
order2: втор* производн*
order3: трет* производн*
infinity: бесконечност*
neg_infinity: минус бесконечност*
at: в точке
factor: на множители
prime_factorization: на простые множители
from: от
to: до
between: между
and: и
wrt: по | относительно
when: при | когда
approaches: стремится к | стремящемся к | стремится | к
filler: разложите | разложи | разложить
filler: найдите | найди | найти | определите | функци* | уравнени* | выражени* | матриц* | следующ* | пожалуйста |
filler: спасибо | является ли | является | ли | число | числа | чисел | числом | неопределённый |
filler: определённый | неопределенный |
filler: определенный | на | пошагово | здравствуйте | привет
"""))

_CHINESE_TOKENS = _tokens("""
tangent_line: 切线 | 切线方程 | 切線 | 切線方程
vertex: 顶点 | 頂點
axis_of_symmetry: 对称轴 | 對稱軸
inverse_function: 反函数 | 反函數
coefficient: 系数 | 係數
partial_fractions: 部分分式
complete_square: 配方
domain: 定义域 | 定義域
range: 值域
expand: 展开式 | 展开式中 | 展開式
at: 在
filler: 处 | 處 | 点 | 點
solve: 解 | 求解 | 解方程 | 解出 | 根 | 方程的根 | 方程的解 | 的解
system: 方程组 | 解方程组
inequality: 不等式 | 解不等式
differentiate: 导数 | 求导 | 微分 | 导函数
integrate: 积分 | 定积分 | 不定积分 | 原函数
limit: 极限 | 求极限
simplify: 化简 | 简化
expand: 展开
factor: 因式分解 | 分解因式
prime_factorization: 分解质因数 | 质因数分解
evaluate: 计算 | 求值 | 算 | 等于多少 | 是多少 | 多少 | 的值 | 值 | 等于几 | 是几
determinant: 行列式
inverse: 逆矩阵 | 逆
eigenvalues: 特征值
eigenvectors: 特征向量
rank: 秩
gcd: 最大公约数 | 最大公因数
lcm: 最小公倍数
remainder: 余数
divided_by: 除以
is_prime: 是质数吗 | 是素数吗 | 质数 | 素数
sum: 求和 | 之和 | 总和 | 级数的和 | 级数
product: 乘积
order2: 二阶导数 | 二阶导
order3: 三阶导数 | 三阶导
infinity: 无穷 | 无穷大 | 正无穷
neg_infinity: 负无穷 | 负无穷大
from: 从 | 從
to: 到 | 至
and: 和 | 与 | 及
wrt: 对 | 关于 | 對 | 關於
when: 当 | 當
approaches: 趋于 | 趋向 | 趋近于 | 趋近 | 趋向于
filler: 求 | 请 | 的 | 矩阵 | 函数 | 方程 | 表达式 | 式子 | 下列 | 以下 | 谢谢 | 时 | 是 | 吗 | 一下 | 帮我 | 请问 |
filler: 步骤 | 详细 | 数 | 什么 | 是什么
differentiate: 導數 | 求導 | 導函數
integrate: 積分 | 定積分 | 不定積分
limit: 極限 | 求極限
simplify: 化簡 | 簡化
expand: 展開
factor: 因式分解
evaluate: 計算 | 求值 | 的值 | 是多少
determinant: 行列式
inverse: 逆矩陣
eigenvalues: 特徵值
gcd: 最大公因數 | 最大公約數
lcm: 最小公倍數
system: 方程組
approaches: 趨於 | 趨近 | 趨近於 | 趨向
filler: 請 | 矩陣 | 函數 | 方程式 | 時
""")

_JAPANESE_TOKENS = _tokens("""
tangent_line: 接線 | 接線の方程式
vertex: 頂点
axis_of_symmetry: 対称軸 | 軸の方程式
inverse_function: 逆関数
coefficient: 係数
partial_fractions: 部分分数分解 | 部分分数
complete_square: 平方完成
domain: 定義域
range: 値域
solve: 解 | 解き | 解く | 解け | 方程式を解 | 根 | 解を求め
system: 連立方程式
inequality: 不等式
differentiate: 微分 | 導関数
integrate: 積分 | 定積分 | 不定積分 | 原始関数
limit: 極限 | 極限値
simplify: 簡単に | 簡約 | 整理
expand: 展開
factor: 因数分解
prime_factorization: 素因数分解
evaluate: 計算 | 値 | 求値 | いくつ | いくら
determinant: 行列式
inverse: 逆行列
eigenvalues: 固有値
eigenvectors: 固有ベクトル
rank: 階数 | ランク
gcd: 最大公約数
lcm: 最小公倍数
remainder: 余り | あまり
is_prime: 素数
sum: 和
product: 積
order2: 二階微分 | 二階導関数 | 2階導関数
order3: 三階微分 | 三階導関数
infinity: 無限大 | 無限
neg_infinity: マイナス無限大 | 負の無限大
when: とき | のとき | 時
post:from: から
post:to: まで
post:wrt: について | に関して | で微分
post:subject: が
approaches: に近づくとき | に近づく | 近づくとき | 近づく | に
and: と
filler: を | の | は | て | いて | して | ください | 下さい | しなさい | なさい | せよ | よ | め | 求め | 求めて |
filler: 求めよ | しろ | お願いします | です | ます | か | 行列 | 関数 | 方程式 | 式 | 次 | 次の | てください |
filler: いてください | してください | 教えて | 答え | ステップ | 詳しく | 数
""")

CHINESE = Language("zh", "Chinese", tokens=_CHINESE_TOKENS)  # simplified, and the traditional forms of the main words
JAPANESE = Language("ja", "Japanese", tokens=_JAPANESE_TOKENS)

DUTCH = Language("nl", "Dutch", _table(_SHARED + """
solve: los op | los | oplossen | los de vergelijking | oplossing | oplossingen | nulpunten
system: stelsel | stelsel van vergelijkingen
inequality: ongelijkheid | ongelijkheden
differentiate: afgeleide | afgeleiden | differentieer | differentiëren | bepaal de afgeleide
integrate: integraal | integreer | integreren | primitieve
limit: limiet
simplify: vereenvoudig | vereenvoudigen
expand: expandeer | vermenigvuldig uit | haakjes wegwerken | werk de haakjes weg
factor: ontbind in factoren | ontbinden in factoren | factoriseer
prime_factorization: priemfactorisatie | ontbind in priemfactoren | priemfactoren
evaluate: bereken | berekenen | wat is | hoeveel is | waarde | uitkomst
determinant: determinant
inverse: inverse | inverse matrix
eigenvalues: eigenwaarden
eigenvectors: eigenvectoren
rank: rang
gcd: ggd | grootste gemene deler
lcm: kgv | kleinste gemene veelvoud
remainder: rest
divided_by: gedeeld door
sum: som
product: product
order2: tweede afgeleide
order3: derde afgeleide
infinity: oneindig
neg_infinity: min oneindig
from: van | vanaf
to: tot
between: tussen
and: en
wrt: ten opzichte van
when: voor | als
approaches: nadert | gaat naar | nadert tot
filler: de | het | een | functie | vergelijking | uitdrukking | matrix | volgende | alsjeblieft | aub | graag |
filler: bepaal | vind | zoek | is | stap voor stap | bedankt | hallo | getal | op
"""))

POLISH = Language("pl", "Polish", _table(_SHARED + """
solve: rozwiąż | rozwiąż równanie | rozwiązanie | rozwiązania | pierwiastki równania
system: układ równań | układ
inequality: nierówność
differentiate: pochodna | pochodną | pochodnej | zróżniczkuj | różniczkuj
integrate: całka | całkę | całki | scałkuj | całkuj
limit: granica | granicę | granicy
simplify: uprość
expand: rozwiń | wymnóż
factor: rozłóż na czynniki
prime_factorization: rozłóż na czynniki pierwsze | czynniki pierwsze
evaluate: oblicz | policz | ile wynosi | ile jest | ile to jest | ile to | wartość | wynik
determinant: wyznacznik
inverse: macierz odwrotna | macierz odwrotną | odwrotność
eigenvalues: wartości własne
eigenvectors: wektory własne
rank: rząd
gcd: nwd | największy wspólny dzielnik
lcm: nww | najmniejsza wspólna wielokrotność
remainder: reszta | resztę
sum: suma | sumę
product: iloczyn
order2: druga pochodna | drugą pochodną
order3: trzecia pochodna | trzecią pochodną
infinity: nieskończoność | nieskończoności
neg_infinity: minus nieskończoność | minus nieskończoności
from: od
to: do
between: między
wrt: względem
when: dla | gdy | przy
at: w punkcie
approaches: dąży do | dążącym do | dążącego do
filler: funkcji | funkcja | równanie | równania | wyrażenie | wyrażenia | macierzy | macierz | proszę | znajdź |
filler: wyznacz | podaj | jest | krok po kroku | dzięki | liczby | liczba | liczb | z
and: i
"""), letters={"z": "filler", "i": "and"},
    after=frozenset({("całkę", "z"), ("całka", "z"), ("całki", "z"), ("pochodną", "z"), ("pochodna", "z"),
                     ("granicę", "z"), ("granica", "z"), ("wartość", "z")}))

TURKISH = Language("tr", "Turkish", _table(_SHARED + """
solve: çöz | çözün | çözünüz | çözümü | çözümünü | çözümleri | çözümlerini | kökleri | köklerini
system: denklem sistemi | denklem sistemini
inequality: eşitsizlik | eşitsizliği | eşitsizliğini
differentiate: türev | türevi | türevini
integrate: integral | integrali | integralini
limit: limiti | limitini
simplify: sadeleştir | sadeleştirin | sadeleştiriniz
expand: açın | açınız
factor: çarpanlarına ayır | çarpanlarına ayırın | çarpanlarına ayırınız
prime_factorization: asal çarpanlarına ayır | asal çarpanlarına ayırın | asal çarpanları | asal çarpanlarını
evaluate: hesapla | hesaplayın | hesaplayınız | değeri | değerini | kaçtır | nedir | kaç eder | kaç olur | kaç
determinant: determinantı | determinantını
inverse: tersi | tersini | ters matrisi | ters matrisini
eigenvalues: özdeğerleri | özdeğerlerini
eigenvectors: özvektörleri | özvektörlerini
gcd: ebob | obeb | ebob'u | ebob'unu | obeb'i | obeb'ini
lcm: ekok | okek | ekok'u | ekok'unu | okek'i | okek'ini
remainder: kalan | kalanı
order2: ikinci türevi | ikinci türevini
order3: üçüncü türevi | üçüncü türevini
and: ve
filler: denklem | denklemi | denklemini | denkleminin | fonksiyon | fonksiyonun | fonksiyonunun | ifade | ifadesini |
filler: matris | matrisin | matrisinin | lütfen | bul | bulun | bulunuz | al | alın | alınız | sayıların | sayılarının |
filler: ifadesinin
"""))

INDONESIAN = Language("id", "Indonesian", _table(_SHARED + """
solve: selesaikan | penyelesaian | himpunan penyelesaian | akar-akar | akar-akarnya
system: sistem persamaan
inequality: pertidaksamaan
differentiate: turunan | turunkan | turunan pertama
integrate: integral | integralkan | antiturunan
limit: limit
simplify: sederhanakan
expand: jabarkan | uraikan | ekspansikan
factor: faktorkan | faktorisasi
prime_factorization: faktorisasi prima | faktor prima
evaluate: hitung | hitunglah | berapa | berapakah | nilai | hasil
determinant: determinan
inverse: invers | invers matriks
eigenvalues: nilai eigen
eigenvectors: vektor eigen
rank: rank
gcd: fpb | faktor persekutuan terbesar
lcm: kpk | kelipatan persekutuan terkecil
remainder: sisa | sisa pembagian
divided_by: dibagi | dibagi dengan
sum: jumlah
product: hasil kali
order2: turunan kedua
order3: turunan ketiga
infinity: tak hingga | tak terhingga
neg_infinity: negatif tak hingga | minus tak hingga
at: pada
from: dari
to: sampai | hingga
between: antara
and: dan
wrt: terhadap
when: untuk | ketika | saat
approaches: mendekati | menuju
filler: tentukan | tentukanlah | carilah | cari | persamaan | fungsi | matriks | tolong | mohon | silakan | yang |
filler: adalah | bilangan | berikut | ini | dong | ya | langkah demi langkah | terima kasih
"""))

VIETNAMESE = Language("vi", "Vietnamese", _table(_SHARED + """
solve: giải | giải phương trình | tìm nghiệm | nghiệm | nghiệm của phương trình
system: hệ phương trình | giải hệ phương trình
inequality: bất phương trình | giải bất phương trình
differentiate: đạo hàm | tính đạo hàm | lấy đạo hàm
integrate: tích phân | nguyên hàm | tính tích phân
limit: giới hạn
simplify: rút gọn | đơn giản
expand: khai triển
factor: phân tích thành nhân tử | phân tích nhân tử | phân tích đa thức | thành nhân tử
prime_factorization: phân tích ra thừa số nguyên tố | phân tích thành thừa số nguyên tố
evaluate: tính | tính giá trị | giá trị | bằng bao nhiêu | là bao nhiêu | bao nhiêu
determinant: định thức
inverse: ma trận nghịch đảo | nghịch đảo
eigenvalues: giá trị riêng | trị riêng
eigenvectors: vectơ riêng | vector riêng
rank: hạng
gcd: ước chung lớn nhất | ưcln
lcm: bội chung nhỏ nhất | bcnn
remainder: số dư
divided_by: chia cho
sum: tổng
product: tích
order2: đạo hàm cấp hai
order3: đạo hàm cấp ba
infinity: vô cùng | dương vô cùng | vô cực
neg_infinity: âm vô cùng | âm vô cực
at: tại
from: từ
to: đến | tới
and: và
wrt: theo
when: khi
approaches: tiến đến | tiến tới | dần đến | dần tới
filler: phương trình | hàm số | hàm | biểu thức | ma trận | của | cho | sau | hãy | vui lòng | làm ơn | giúp tôi |
filler: giúp | mình | với | cảm ơn | các | là | số | tìm | bằng
"""))

HINDI = Language("hi", "Hindi", _table(_SHARED + """
solve: हल
inequality: असमिका
differentiate: अवकलज | अवकलन | अवकलित
integrate: समाकलन | समाकल
limit: सीमा
simplify: सरल
factor: गुणनखंड
prime_factorization: अभाज्य गुणनखंड
evaluate: मान | गणना | कितना | कितनी | कितने
determinant: सारणिक
inverse: व्युत्क्रम
gcd: महत्तम समापवर्तक
lcm: लघुत्तम समापवर्त्य
and: और
filler: को | का | की | के | ज्ञात | करें | करो | कीजिए | कृपया | समीकरण | फलन | आव्यूह | है | क्या | होता | होती | होगा
"""))

ARABIC = Language("ar", "Arabic", _table(_SHARED + """
solve: حل | حلول | جذور | أوجد حل | أوجد حلول
inequality: المتباينة | متباينة
differentiate: مشتقة | المشتقة | اشتق
integrate: تكامل | التكامل
limit: نهاية | النهاية
simplify: بسط | بسّط | تبسيط
factor: حلل | تحليل
evaluate: احسب | قيمة | ما قيمة | كم يساوي | كم تساوي | ما ناتج | ناتج | كم
from: من
to: إلى
determinant: محدد | المحدد
inverse: معكوس | المعكوس
eigenvalues: القيم الذاتية
eigenvectors: المتجهات الذاتية
gcd: القاسم المشترك الأكبر
lcm: المضاعف المشترك الأصغر
remainder: باقي | الباقي
and: و
filler: المعادلة | معادلة | الدالة | دالة | المصفوفة | مصفوفة | أوجد | جد | من فضلك | لو سمحت | للعددين | العددين
filler: ما هو | ما هي
"""))

# Thai writes no spaces between words, so a run of Thai is cut into these tokens as Chinese and Japanese are.
_THAI_TOKENS = _tokens("""
solve: แก้สมการ | แก้ | หาคำตอบ | หาคำตอบของสมการ
differentiate: อนุพันธ์ | หาอนุพันธ์ | ดิฟ
integrate: อินทิกรัล | ปริพันธ์ | อินทิเกรต
limit: ลิมิต | หาลิมิต
simplify: จัดรูป | ทำให้อยู่ในรูปอย่างง่าย
expand: กระจาย
factor: แยกตัวประกอบ
evaluate: เท่ากับเท่าไร | เท่ากับเท่าไหร่ | เท่าไร | เท่าไหร่ | เท่ากับ | คำนวณ | หาค่า | ค่าของ | ผลลัพธ์ | ได้เท่าไร
evaluate: ได้เท่าไหร่ | คือเท่าไร | คือเท่าไหร่
from: จาก
to: ถึง
when: เมื่อ
approaches: เข้าใกล้ | ลู่เข้าสู่ | ลู่เข้า
of: ของ
filler: จง | หา | กรุณา | ช่วย | ครับ | ค่ะ | คะ | สมการ | ฟังก์ชัน | ให้ | หน่อย | คือ | อะไร | ต่อไปนี้
""")
THAI = Language("th", "Thai", tokens=_THAI_TOKENS)

LANGUAGES: tuple[Language, ...] = (SPANISH, FRENCH, GERMAN, PORTUGUESE, ITALIAN, RUSSIAN, CHINESE, JAPANESE, DUTCH,
                                   POLISH, TURKISH, INDONESIAN, VIETNAMESE, HINDI, ARABIC, THAI)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def unspaced(word: str) -> bool:
    """Han or kana: a script written without spaces between words."""
    return _UNSPACED.search(word) is not None and _HANGUL.search(word) is None


def hangul(word: str) -> bool:
    return _HANGUL.search(word) is not None


def normalize(language: Language, word: str) -> list[str]:
    """A spaced word as the table's words: lower case, an elided article or preposition split off."""
    word = word.lower().replace("’", "'")
    if "'" in word:
        head, _, tail = word.partition("'")
        if head in language.elisions and tail:
            return ["", tail]  # "" marks the elided filler
    return [word]


def stem_match(pattern: str, word: str) -> bool:
    """`производн*` matches производную; a pattern without `*` matches itself only."""
    if not pattern.endswith("*"):
        return pattern == word
    stem = pattern[:-1]
    return word.startswith(stem) and word[len(stem):] in RUSSIAN_ENDINGS


def match_phrase(language: Language, words: list[str]) -> tuple[str, int] | None:
    """The longest phrase of `language` at the start of `words` (lower case): (concept, length) or None."""
    for length in range(min(language.longest, len(words)), 0, -1):
        key = tuple(words[:length])
        if key in language.phrases:
            return language.phrases[key], length
        if language is RUSSIAN:
            for phrase, concept in _russian_patterns(length):
                if all(stem_match(p, w) for p, w in zip(phrase, key, strict=True)):
                    return concept, length
    return None


@lru_cache(maxsize=8)
def _russian_patterns(length: int) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((p, c) for p, c in RUSSIAN.phrases.items() if len(p) == length and any(w.endswith("*") for w in p))


@lru_cache(maxsize=4096)
def cut(language: Language, run: str) -> tuple[str, ...] | None:
    """Cut an unspaced run into known tokens (fewest tokens; None when it cannot be cut entirely).

    Dynamic programming with back-pointers: linear in the run's length times the longest token.
    """
    tokens = language.tokens
    longest = max(len(t) for t in tokens)
    count: list[int | None] = [0] + [None] * len(run)
    back = [0] * (len(run) + 1)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - longest), end):
            before, current = count[start], count[end]
            if before is not None and run[start:end] in tokens and (current is None or before + 1 < current):
                count[end], back[end] = before + 1, start
    if count[len(run)] is None:
        return None
    pieces: list[str] = []
    end = len(run)
    while end:
        pieces.append(run[back[end]:end])
        end = back[end]
    return tuple(reversed(pieces))


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    return frozenset(w for language in LANGUAGES for phrase in language.phrases for w in phrase if len(w) > 1)


def infinity_word(word: str) -> bool:
    """"infinito", "unendlich", ...: the value ∞ in some language's table."""
    return (word.lower(),) in _infinity_phrases()


@lru_cache(maxsize=1)
def _infinity_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(p for language in LANGUAGES for p, c in language.phrases.items() if c == "infinity")


def known_word(word: str) -> bool:
    """A word (two letters or more) of some language's table."""
    return word in _all_words()
