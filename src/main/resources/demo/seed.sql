-- Demo data for `./plenum demo` (plenum.demo-data=true), run by nl.plenum.demo.DemoSeed after the
-- association row exists. Not a migration. Every statement skips what is already there.

-- Members: real municipalities with their CBS codes and approximate inhabitants (about 2024).
-- The weight is the association's bracket table applied to the inhabitants: the votes of the
-- highest bracket whose "from" is at most the number of inhabitants.
INSERT INTO member (code, name, inhabitants, weight)
SELECT m.code, m.name, m.inhabitants,
       (SELECT split_part(bracket, ':', 2)::integer
          FROM unnest(string_to_array((SELECT weight_brackets FROM association WHERE id = 1), ',')) AS bracket
         WHERE split_part(bracket, ':', 1)::bigint <= m.inhabitants
         ORDER BY split_part(bracket, ':', 1)::bigint DESC
         LIMIT 1)
  FROM (VALUES
    ('GM0363', 'Amsterdam',             931000),
    ('GM0599', 'Rotterdam',             664000),
    ('GM0518', '''s-Gravenhage',        566000),
    ('GM0344', 'Utrecht',               374000),
    ('GM0772', 'Eindhoven',             243000),
    ('GM0014', 'Groningen',             243000),
    ('GM0855', 'Tilburg',               227000),
    ('GM0034', 'Almere',                226000),
    ('GM0758', 'Breda',                 186000),
    ('GM0268', 'Nijmegen',              183000),
    ('GM0200', 'Apeldoorn',             167000),
    ('GM0202', 'Arnhem',                167000),
    ('GM0392', 'Haarlem',               166000),
    ('GM0394', 'Haarlemmermeer',        162000),
    ('GM0153', 'Enschede',              162000),
    ('GM0307', 'Amersfoort',            161000),
    ('GM0479', 'Zaanstad',              160000),
    ('GM0796', '''s-Hertogenbosch',     160000),
    ('GM0193', 'Zwolle',                133000),
    ('GM0546', 'Leiden',                127000),
    ('GM0637', 'Zoetermeer',            127000),
    ('GM0080', 'Leeuwarden',            126000),
    ('GM0228', 'Ede',                   122000),
    ('GM0935', 'Maastricht',            122000),
    ('GM0505', 'Dordrecht',             121000),
    ('GM0484', 'Alphen aan den Rijn',   115000),
    ('GM0361', 'Alkmaar',               110000),
    ('GM0114', 'Emmen',                 108000),
    ('GM0503', 'Delft',                 106000),
    ('GM0150', 'Deventer',              102000),
    ('GM0983', 'Venlo',                 102000),
    ('GM0828', 'Oss',                    95000),
    ('GM0794', 'Helmond',                94000),
    ('GM0362', 'Amstelveen',             92000),
    ('GM0402', 'Hilversum',              92000),
    ('GM0917', 'Heerlen',                87000),
    ('GM0164', 'Hengelo',                82000),
    ('GM0995', 'Lelystad',               82000),
    ('GM0606', 'Schiedam',               80000),
    ('GM0513', 'Gouda',                  75000),
    ('GM0622', 'Vlaardingen',            75000),
    ('GM0141', 'Almelo',                 74000),
    ('GM0106', 'Assen',                  69000),
    ('GM0345', 'Veenendaal',             69000),
    ('GM0453', 'Velsen',                 69000),
    ('GM0355', 'Zeist',                  66000),
    ('GM0356', 'Nieuwegein',             65000),
    ('GM0957', 'Roermond',               59000),
    ('GM0603', 'Rijswijk',               58000),
    ('GM0400', 'Den Helder',             57000),
    ('GM0171', 'Noordoostpolder',        49000),
    ('GM0243', 'Harderwijk',             49000),
    ('GM0687', 'Middelburg',             49000),
    ('GM0301', 'Zutphen',                48000),
    ('GM0718', 'Vlissingen',             45000),
    ('GM0642', 'Zwijndrecht',            45000),
    ('GM0289', 'Wageningen',             40000),
    ('GM0353', 'IJsselstein',            34000),
    ('GM0384', 'Diemen',                 32000),
    ('GM0590', 'Papendrecht',            32000),
    ('GM0626', 'Voorschoten',            25000),
    ('GM0654', 'Borsele',                23000),
    ('GM0050', 'Zeewolde',               23000),
    ('GM0230', 'Elburg',                 23000),
    ('GM0184', 'Urk',                    22000),
    ('GM0437', 'Ouder-Amstel',           14000),
    ('GM0448', 'Texel',                  13700),
    ('GM0093', 'Terschelling',            4900),
    ('GM0060', 'Ameland',                 3800),
    ('GM0096', 'Vlieland',                1200),
    ('GM0088', 'Schiermonnikoog',          950)
  ) AS m (code, name, inhabitants)
ON CONFLICT (code) DO NOTHING;

-- The assembly and its resolution 8a. DemoSeed adds the draft ballot through BallotService,
-- so that its creation is in the audit log like any other.
INSERT INTO assembly (title, meeting_date, status)
SELECT 'Algemene Ledenvergadering VNG 2026', DATE '2026-12-10', 'PLANNED'
 WHERE NOT EXISTS (SELECT 1 FROM assembly WHERE title = 'Algemene Ledenvergadering VNG 2026');

INSERT INTO resolution (assembly_id, agenda_item, title, text_markdown)
SELECT a.id, '8a', 'Als één sterke bestuurslaag regie op de digitale samenleving', btrim($markdown$
De digitale samenleving raakt elke inwoner en elke ondernemer, en daarmee elke gemeente. Inwoners
verwachten dat zij hun zaken met de overheid eenvoudig, veilig en betrouwbaar online kunnen regelen,
en dat de gemeente hen helpt als dat niet lukt. Tegelijk worden gemeenten steeds afhankelijker van
een klein aantal grote leveranciers en van systemen die zij niet zelf in de hand hebben.

Geen gemeente kan deze opgave alleen aan. Wie ieder voor zich aanbesteedt, ontwikkelt en beveiligt,
betaalt meer, is kwetsbaarder en heeft minder invloed. Daarom vraagt deze resolutie de leden om de
digitale koers **als één bestuurslaag** te bepalen en uit te voeren.

### De algemene ledenvergadering besluit

1. dat gemeenten gezamenlijk regie voeren op de digitale dienstverlening en de gemeentelijke
   informatievoorziening, en daarbij uitgaan van open standaarden en herbruikbare voorzieningen;
2. dat de vereniging namens de leden afspraken maakt met leveranciers over veiligheid,
   uitwisselbaarheid en het voorkomen van afhankelijkheid;
3. dat gemeenten elkaar ondersteunen bij digitale weerbaarheid, met bijzondere aandacht voor
   kleinere gemeenten;
4. dat het bestuur de leden jaarlijks rapporteert over de voortgang.

### Toelichting

Digitale inclusie blijft het uitgangspunt: wie niet digitaal mee kan of wil doen, moet de gemeente
ook via andere kanalen kunnen bereiken. Gezamenlijke regie betekent niet dat gemeenten hun eigen
afwegingen verliezen; het betekent dat zij samen sterker staan waar dat verschil maakt.
$markdown$, E'\n')
  FROM assembly a
 WHERE a.title = 'Algemene Ledenvergadering VNG 2026'
ON CONFLICT (assembly_id, agenda_item) DO NOTHING;
