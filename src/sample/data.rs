//! The sample batch for JenV and AenM: organisations and their algorithms.
//!
//! Published names and Algoritme-IDs come from the public register; the rest
//! is made up but realistic. The 2025-Q2 state reproduces the figures given to
//! Parliament: 32 published (Politie 6, NFI 4, kerndepartement 4, NCSC 3,
//! DJI 2, RvR 2, IND 2, Justid 2, RvdK 2, CJIB 1, Justis 1, DT&V 1, COA 1,
//! NIPV 1); 32 mandatory (22 B, 10 A), of which 11 B and 3 A published and
//! the other 11 B and 7 A planned before the end of 2025.

/// `code | naam | ministerie | toezichthouder | naam_in_zin | register_naam | fase Q1 | fase Q2 | fase Q3 | fase Q4 | ingeleverd`
/// (`ingeleverd`: the quarters with a sheet).
pub const ORGANISATIONS: &str = "
BD     | Kerndepartement Justitie en Veiligheid | JenV | nee | het kerndepartement | Ministerie van Justitie en Veiligheid | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
POL    | Politie | JenV | nee | Politie | Politie | publiceren | inbedden | inbedden | inbedden | Q1 Q2 Q3 Q4
NFI    | Nederlands Forensisch Instituut | JenV | nee | het Nederlands Forensisch Instituut | Nederlands Forensisch Instituut | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
NCSC   | Nationaal Cyber Security Centrum | JenV | nee | het Nationaal Cyber Security Centrum | Nationaal Cyber Security Centrum | documenteren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
DJI    | Dienst Justitiële Inrichtingen | JenV | nee | de Dienst Justitiële Inrichtingen | Dienst Justitiële Inrichtingen | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
RVR    | Raad voor Rechtsbijstand | JenV | nee | de Raad voor Rechtsbijstand | Raad voor Rechtsbijstand | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
JUSTID | Justitiële Informatiedienst | JenV | nee | Justid | Justitiële Informatiedienst | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
RVDK   | Raad voor de Kinderbescherming | JenV | nee | de Raad voor de Kinderbescherming | Raad voor de Kinderbescherming | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
CJIB   | Centraal Justitieel Incassobureau | JenV | nee | het Centraal Justitieel Incassobureau | Centraal Justitieel Incassobureau | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
JUSTIS | Justis | JenV | nee | Justis | Justis | documenteren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
NIPV   | Nederlands Instituut Publieke Veiligheid | JenV | nee | het Nederlands Instituut Publieke Veiligheid | Nederlands Instituut Publieke Veiligheid | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
NCTV   | Nationaal Coördinator Terrorismebestrijding en Veiligheid | JenV | nee | de Nationaal Coördinator Terrorismebestrijding en Veiligheid | Nationaal Coördinator Terrorismebestrijding en Veiligheid | inventariseren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
OM     | Openbaar Ministerie | JenV | nee | het Openbaar Ministerie | Openbaar Ministerie | inventariseren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
RN     | Reclassering Nederland | JenV | nee | Reclassering Nederland | Reclassering Nederland | inventariseren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
SVG    | Stichting Verslavingsreclassering GGZ | JenV | nee | de Verslavingsreclassering GGZ | Stichting Verslavingsreclassering GGZ | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
LJR    | Leger des Heils Jeugdbescherming & Reclassering | JenV | nee | Leger des Heils Jeugdbescherming & Reclassering | Stichting Leger des Heils Jeugdbescherming & Reclassering | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
HALT   | Stichting Halt | JenV | nee | Halt | Stichting Halt | documenteren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
SGM    | Schadefonds Geweldsmisdrijven | JenV | nee | het Schadefonds Geweldsmisdrijven | Schadefonds Geweldsmisdrijven | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
LBIO   | Landelijk Bureau Inning Onderhoudsbijdragen | JenV | nee | het Landelijk Bureau Inning Onderhoudsbijdragen | Landelijk Bureau Inning Onderhoudsbijdragen | agenderen | inventariseren | inventariseren | documenteren | Q2 Q3 Q4
WODC   | Wetenschappelijk Onderzoek- en Datacentrum | JenV | nee | het WODC | Wetenschappelijk Onderzoek- en Datacentrum | agenderen | inventariseren | inventariseren | documenteren | Q2 Q3 Q4
CCV    | Centrum voor Criminaliteitspreventie en Veiligheid | JenV | nee | het Centrum voor Criminaliteitspreventie en Veiligheid | Centrum voor Criminaliteitspreventie en Veiligheid | agenderen | agenderen | agenderen | inventariseren | Q1 Q2 Q3 Q4
SHN    | Slachtofferhulp Nederland | JenV | nee | Slachtofferhulp Nederland | Slachtofferhulp Nederland | agenderen | inventariseren | inventariseren | documenteren | Q1 Q2 Q3 Q4
RSJ    | Raad voor Strafrechtstoepassing en Jeugdbescherming | JenV | nee | de Raad voor Strafrechtstoepassing en Jeugdbescherming | Raad voor Strafrechtstoepassing en Jeugdbescherming | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q3 Q4
NRGD   | Nederlands Register Gerechtelijk Deskundigen | JenV | nee | het Nederlands Register Gerechtelijk Deskundigen | Nederlands Register Gerechtelijk Deskundigen | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q3 Q4
PA     | Politieacademie | JenV | nee | de Politieacademie | Politieacademie | inventariseren | inventariseren | inventariseren | documenteren | Q1 Q2 Q3 Q4
JICN   | Justitiële Inrichting Caribisch Nederland | JenV | nee | de Justitiële Inrichting Caribisch Nederland | Justitiële Inrichting Caribisch Nederland | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q3 Q4
KPCN   | Korps Politie Caribisch Nederland | JenV | nee | het Korps Politie Caribisch Nederland | Korps Politie Caribisch Nederland | inventariseren | inventariseren | inventariseren | documenteren | Q1 Q2 Q3 Q4
VCN    | Voogdijraad Caribisch Nederland | JenV | nee | de Voogdijraad Caribisch Nederland | Voogdijraad Caribisch Nederland | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q3 Q4
WBTV   | Bureau Wbtv | JenV | nee | het Bureau Wbtv | Bureau beëdigde tolken en vertalers | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
FIU    | FIU-Nederland | JenV | nee | FIU-Nederland | FIU-Nederland | inventariseren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
LMS    | Landelijke Meldkamer Samenwerking | JenV | nee | de Landelijke Meldkamer Samenwerking | Landelijke Meldkamer Samenwerking | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
NRM    | Nationaal Rapporteur Mensenhandel | JenV | nee | de Nationaal Rapporteur Mensenhandel | Nationaal Rapporteur Mensenhandel | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q4
CVOM   | Centrale Verwerking Openbaar Ministerie | JenV | nee | de Centrale Verwerking Openbaar Ministerie | Centrale Verwerking Openbaar Ministerie | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
FSH    | Fonds Slachtofferhulp | JenV | nee | het Fonds Slachtofferhulp | Fonds Slachtofferhulp | agenderen | agenderen | agenderen | agenderen | Q2 Q3 Q4
AENM   | Kerndepartement Asiel en Migratie | AenM | nee | het kerndepartement van Asiel en Migratie | Ministerie van Asiel en Migratie | inventariseren | documenteren | documenteren | publiceren | Q1 Q2 Q3 Q4
IND    | Immigratie- en Naturalisatiedienst | AenM | nee | de IND | Immigratie- en Naturalisatiedienst | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
COA    | Centraal Orgaan opvang asielzoekers | AenM | nee | het COA | Centraal Orgaan opvang asielzoekers | documenteren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
DTV    | Dienst Terugkeer en Vertrek | AenM | nee | de Dienst Terugkeer en Vertrek | Dienst Terugkeer en Vertrek | documenteren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
NIDOS  | Stichting Nidos | AenM | nee | Nidos | Stichting Nidos | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
ACVZ   | Adviesraad Migratie | AenM | nee | de Adviesraad Migratie | Adviesraad Migratie | agenderen | agenderen | agenderen | agenderen | Q1 Q3 Q4
IJENV  | Inspectie Justitie en Veiligheid | JenV | ja | de Inspectie Justitie en Veiligheid | Inspectie Justitie en Veiligheid | inventariseren | inventariseren | inventariseren | inventariseren | Q1 Q2 Q3 Q4
ATKM   | Autoriteit online Terroristisch en Kinderpornografisch Materiaal | JenV | ja | de ATKM | Autoriteit online Terroristisch en Kinderpornografisch Materiaal | inventariseren | documenteren | documenteren | documenteren | Q1 Q2 Q3 Q4
AP     | Autoriteit Persoonsgegevens | JenV | ja | de Autoriteit Persoonsgegevens | Autoriteit Persoonsgegevens | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
BFT    | Bureau Financieel Toezicht | JenV | ja | het Bureau Financieel Toezicht | Bureau Financieel Toezicht | inventariseren | documenteren | documenteren | documenteren | Q1 Q2 Q3 Q4
CVTA   | College van Toezicht Auteursrechten | JenV | ja | het College van Toezicht Auteursrechten | College van Toezicht Auteursrechten (CvTA) | publiceren | publiceren | publiceren | publiceren | Q1 Q2 Q3 Q4
CRM    | College voor de Rechten van de Mens | JenV | ja | het College voor de Rechten van de Mens | College voor de Rechten van de Mens | agenderen | agenderen | agenderen | agenderen | Q1 Q2 Q3 Q4
KSA    | Kansspelautoriteit | JenV | ja | de Kansspelautoriteit | Kansspelautoriteit | documenteren | documenteren | documenteren | documenteren | Q1 Q2 Q3 Q4
";

/// `org | ID | naam | categorie | risicoselectie | status in Q2 | publicatiedatum | Algoritme-ID | gepland (Q2) | gepland (Q1) | sinds | uitzondering`
///
/// The Q1 state follows from the Q2 state: a row published after Q1 was
/// `ter controle` in Q1 with its publication date as plan; `ter controle`
/// was `in documentatie`; `in documentatie` and `vervallen` were
/// `geïnventariseerd`. `gepland (Q1)` is given where the plan slipped.
pub const ALGORITHMS: &str = "
POL | POL-001 | CATCH (Centrale Automatische TeChnologie voor Herkenning van personen) | A | nee | gepubliceerd | 2025-02-14 | 35433239 | | | Q1 | geen
POL | POL-002 | Threat-to-life model | B | ja | gepubliceerd | 2024-11-20 | 77616265 | | | Q1 | gedeeltelijk
POL | POL-003 | Slimme Keuzehulp voor Online Handelsfraude | B | nee | gepubliceerd | 2025-03-10 | 72477928 | | | Q1 | geen
POL | POL-004 | Sextortion Classifier | B | nee | gepubliceerd | 2025-05-22 | 32766963 | | | Q1 | geen
POL | POL-005 | Chatbot Wout | C | nee | gepubliceerd | 2024-09-02 | 42276773 | | | Q1 | geen
POL | POL-006 | HAVANK | C | nee | gepubliceerd | 2025-04-15 | 84289214 | | | Q1 | geen
POL | POL-007 | Personen en voorwerpen detecteren in live dronebeelden | A | nee | ter controle | | | 2025-09-30 | | Q1 | geen
POL | POL-008 | Videoanalyse tool | A | nee | in documentatie | | | 2025-12-31 | | Q1 | geen
POL | POL-009 | Tekstclassificatie voor ondermijningsthema's | B | ja | in documentatie | | | 2025-Q4 | | Q1 | gedeeltelijk
POL | POL-010 | Querytoetser | B | nee | geïnventariseerd | | | 2025-06-30 | | Q1 | geen
POL | POL-011 | Zoekapplicatie cold cases | B | nee | ter controle | | | 2025-09-30 | 2025-06-30 | Q1 | geen
POL | POL-012 | Criminaliteits Anticipatie Systeem (CAS) | B | ja | vervallen | | | | 2025-09-30 | Q1 | geen
POL | POL-013 | Heimelijke analyse van telecomgegevens | B | ja | in documentatie | | | | | Q1 | volledig
POL | POL-014 | PolitieGPT | C | nee | geïnventariseerd | | | | | Q2 | geen
POL | POL-015 | Cody | C | nee | in documentatie | | | | | Q1 | geen
POL | POL-016 | Anonimiseringstool | C | nee | geïnventariseerd | | | | | Q1 | geen
POL | POL-017 | Protective Monitoring | C | nee | geïnventariseerd | | | | | Q1 | geen
NFI | NFI-01 | Automatische gezichtsbeeldvergelijking | A | nee | gepubliceerd | 2025-01-20 | 21725917 | | | Q1 | geen
NFI | NFI-02 | DNAxs | B | nee | gepubliceerd | 2024-12-05 | 97343514 | | | Q1 | geen
NFI | NFI-03 | Vuurwerkverkenner | C | nee | gepubliceerd | 2024-10-01 | 11635387 | | | Q1 | geen
NFI | NFI-04 | Hansken | C | nee | gepubliceerd | 2025-06-02 | 46885799 | | | Q1 | geen
NFI | NFI-05 | Automatische sprekervergelijking | B | nee | ter controle | | | 2025-09-30 | | Q1 | geen
NFI | NFI-06 | Camera-identificatie | C | nee | in documentatie | | | | | Q1 | geen
NFI | NFI-07 | Snelle ID lijn | C | nee | geïnventariseerd | | | | | Q1 | geen
BD | BD-1 | Zoeken naar mogelijke registraties van vreemdelingen | B | nee | gepubliceerd | 2025-03-03 | 64727572 | | | Q1 | geen
BD | BD-2 | Het voorspellen van de kwaliteit van de prestatie verklaringen | B | nee | gepubliceerd | 2025-05-12 | 73584285 | | | Q1 | geen
BD | BD-3 | Algoritme boete en transactieraming Justitie en Veiligheid | C | nee | gepubliceerd | 2024-12-15 | 37111511 | | | Q1 | geen
BD | BD-4 | Algoritme verwachte inkomsten en uitgaven Justitie en Veiligheid | C | nee | gepubliceerd | 2025-02-03 | 62316183 | | | Q1 | geen
BD | BD-5 | Beleidsmonitor subsidies | C | nee | geïnventariseerd | | | | | Q1 | geen
NCSC | NCSC-1 | Velma | B | nee | gepubliceerd | 2025-04-22 | 64911524 | | | Q1 | geen
NCSC | NCSC-2 | KCC (Klant Contact Centrum) | C | nee | gepubliceerd | 2025-01-10 | 38487428 | | | Q1 | geen
NCSC | NCSC-3 | ENSOC Assistant | C | nee | gepubliceerd | 2025-06-12 | 76778126 | | | Q2 | geen
DJI | DJI-01 | Berekenen detentietermijnen | B | nee | gepubliceerd | 2024-11-01 | 93743583 | | | Q1 | geen
DJI | DJI-02 | DV&O Planapplicatie | C | nee | gepubliceerd | 2025-02-20 | 48667571 | | | Q1 | geen
DJI | DJI-03 | Risicotaxatie verlofaanvragen | A | ja | in documentatie | | | 2025-12-31 | | Q1 | geen
DJI | DJI-04 | Matchen justitiabele aan forensische zorglocatie - IFZO | B | nee | ter controle | | | 2025-08-31 | | Q1 | geen
DJI | DJI-05 | Voorspelling bezetting inrichtingen | B | nee | vervallen | | | | 2025-12-31 | Q1 | geen
RVR | RVR-1 | Toevoegautomaat | C | nee | gepubliceerd | 2024-10-15 | 38595787 | | | Q1 | geen
RVR | RVR-2 | Inkomensverklaring | C | nee | gepubliceerd | 2025-04-03 | 25228393 | | | Q1 | geen
RVR | RVR-3 | Steekproeftrekker | C | nee | ter controle | | | | | Q1 | geen
JUSTID | JID-1 | Informeren einde detentie of verlof | C | nee | gepubliceerd | 2025-01-28 | 94971369 | | | Q1 | geen
JUSTID | JID-2 | Inschrijven Strafrechtketendatabank | C | nee | gepubliceerd | 2024-11-11 | 71975649 | | | Q1 | geen
JUSTID | JID-3 | Matching persoonsgegevens strafrechtketen | B | nee | in documentatie | | | 2025-12-15 | | Q1 | geen
RVDK | RVDK-1 | Strengths and Difficulties Questionnaire (SDQ) | C | nee | gepubliceerd | 2024-12-02 | 99366575 | | | Q1 | geen
RVDK | RVDK-2 | SCIL (Screener voor intelligentie en licht verstandelijke beperking) | C | nee | gepubliceerd | 2025-05-05 | 37277895 | | | Q1 | geen
RVDK | RVDK-3 | Risico Taxatie Instrument Jeugdstrafrecht (Ritax) | A | ja | ter controle | | | 2025-09-30 | | Q1 | geen
RVDK | RVDK-4 | Screeningsinstrument Psychische Stoornissen (SPSy) | C | nee | in documentatie | | | | | Q1 | geen
CJIB | CJIB-1 | Telefonisch Innen (Wahv) | B | nee | gepubliceerd | 2025-02-10 | 41914566 | | | Q1 | geen
CJIB | CJIB-2 | Risicogestuurde inning | B | ja | in documentatie | | | 2025-12-31 | | Q1 | geen
JUSTIS | JUS-1 | Geautomatiseerde voorselectie bij controle op rechtspersonen | B | ja | gepubliceerd | 2025-04-28 | 88952925 | | | Q1 | geen
DTV | DTV-1 | Afleiding Kansrijkheid | C | nee | gepubliceerd | 2025-03-18 | 95382151 | | | Q1 | geen
DTV | DTV-2 | Prioritering vertrekdossiers | B | nee | ter controle | | | 2025-09-30 | | Q1 | geen
COA | COA-1 | Kansrijke Koppeling met GeoMatch | C | nee | gepubliceerd | 2025-06-05 | 96961197 | | | Q1 | geen
COA | COA-2 | Toewijzing opvanglocaties | A | nee | in documentatie | | | 2025-12-31 | | Q1 | geen
COA | COA-3 | Signalering veiligheidsrisico's op locaties | B | ja | geïnventariseerd | | | 2025-11-30 | | Q2 | geen
NIPV | NIPV-1 | Crisistutorial | C | nee | gepubliceerd | 2025-03-14 | 46726621 | | | Q1 | geen
NIPV | NIPV-2 | Scanstraat facturen | C | nee | geïnventariseerd | | | | | Q1 | geen
NIPV | NIPV-3 | Digitale incasso- en herinnering | C | nee | in documentatie | | | | | Q1 | geen
IND | IND-001 | Biometrische identificatie en verificatie van vreemdelingen | A | nee | gepubliceerd | 2025-03-25 | 97891840 | | | Q1 | geen
IND | IND-002 | Gezichtsvergelijkingsalgoritme Self Service Passport Control (SSPC) | B | nee | gepubliceerd | 2025-06-20 | 59763925 | | | Q1 | geen
IND | IND-003 | Ondersteuning beoordeling asielrelaas (taalanalyse) | A | nee | in documentatie | | | 2025-12-31 | | Q1 | geen
IND | IND-004 | Automatische documentcontrole | A | nee | geïnventariseerd | | | 2025-11-30 | | Q1 | geen
IND | IND-005 | Risicosignalering verblijfsaanvragen | B | ja | ter controle | | | 2025-06-15 | | Q1 | gedeeltelijk
IND | IND-006 | Prioritering naturalisatieaanvragen | B | nee | in documentatie | | | 2025-10-31 | 2025-06-30 | Q1 | geen
NCTV | NCTV-1 | Monitoring extremisme online GEHEIM | B | ja | in documentatie | | | | | Q1 | volledig
NCTV | NCTV-2 | Mediamonitor | C | nee | geïnventariseerd | | | | | Q1 | geen
OM | OM-1 | Slimme zaaksverdeling | C | nee | geïnventariseerd | | | | | Q1 | geen
OM | OM-2 | Transcriptie van verhoren | C | nee | in documentatie | | | | | Q2 | geen
OM | OM-3 | Prioritering van strafzaken | B | ja | geïnventariseerd | | | 2026-06-30 | | Q3 | geen
NCSC | NCSC-4 | Detectie van phishingsites | C | nee | geïnventariseerd | | | | | Q3 | geen
COA | COA-4 | Voorspelling van de bezetting van opvanglocaties | C | nee | in documentatie | | | | | Q4 | geen
RN | RN-1 | Matchtool (voor werkstraffen) | C | nee | in documentatie | | | | | Q1 | geen
RN | RN-2 | ReadSpeaker | C | nee | geïnventariseerd | | | | | Q1 | geen
SVG | SVG-1 | Adviesmodule reclasseringsadvies | C | nee | geïnventariseerd | | | | | Q1 | geen
LJR | LJR-1 | Planningstool toezicht | C | nee | geïnventariseerd | | | | | Q1 | geen
HALT | HALT-1 | Halt-signaleringsinstrument | C | nee | in documentatie | | | | | Q1 | geen
HALT | HALT-2 | SCIL (Screener voor intelligentie en licht verstandelijke beperking) | C | nee | geïnventariseerd | | | | | Q1 | geen
SGM | SGM-1 | Beslisondersteuning aanvragen | C | nee | geïnventariseerd | | | | | Q1 | geen
LBIO | LBIO-1 | Inningsplanner | C | nee | geïnventariseerd | | | | | Q2 | geen
WODC | WODC-1 | Recidivemonitor | C | nee | geïnventariseerd | | | | | Q2 | geen
SHN | SHN-1 | Chatbot slachtofferhulp | C | nee | geïnventariseerd | | | | | Q1 | geen
PA | PA-1 | Adaptief toetsen in het leerplatform | C | nee | geïnventariseerd | | | | | Q1 | geen
KPCN | KPCN-1 | Kentekenherkenning Bonaire | C | nee | geïnventariseerd | | | | | Q1 | geen
WBTV | WBTV-1 | Toewijzing van tolken | C | nee | geïnventariseerd | | | | | Q1 | geen
FIU | FIU-1 | Analyse van ongebruikelijke transacties | C | nee | in documentatie | | | | | Q1 | geen
LMS | LMS-1 | Classificatie van 112-meldingen | C | nee | geïnventariseerd | | | | | Q1 | geen
CVOM | CVOM-1 | Scan- en herkenningsstraat post | C | nee | geïnventariseerd | | | | | Q1 | geen
AENM | AENM-1 | Prognosemodel asielinstroom | C | nee | geïnventariseerd | | | | | Q1 | geen
AENM | AENM-2 | Capaciteitsplanning opvang | C | nee | in documentatie | | | | | Q2 | geen
NIDOS | NIDOS-1 | Matching met pleeggezinnen | C | nee | geïnventariseerd | | | | | Q1 | geen
IJENV | IJ-1 | Tekstanalyse van inspectierapporten | C | nee | geïnventariseerd | | | | | Q1 | geen
ATKM | ATKM-1 | Detectie van terroristisch materiaal | A | nee | in documentatie | | | | | Q1 | geen
AP | AP-1 | Risicogestuurde prioritering datalekmeldingen | B | ja | gepubliceerd | 2025-02-12 | 94365896 | | | Q1 | geen
AP | AP-2 | Anonimiseringssoftware | C | nee | gepubliceerd | 2025-05-20 | 93257695 | | | Q1 | geen
BFT | BFT-1 | Risicoselectie Wwft-toezicht | B | ja | in documentatie | | | 2025-12-31 | | Q1 | geen
CVTA | CVTA-1 | Zivver | C | nee | gepubliceerd | 2024-11-04 | 82874780 | | | Q1 | geen
CVTA | CVTA-2 | iBabs Debrief | C | nee | gepubliceerd | 2025-04-09 | 56226557 | | | Q1 | geen
CVTA | CVTA-3 | Microsoft Copilot | C | nee | geïnventariseerd | | | | | Q1 | geen
KSA | KSA-1 | Risicomodel online kansspelaanbieders | B | ja | ter controle | | | 2025-09-30 | | Q1 | geen
";

/// What happened after 2025-Q2: `org | ID | kwartaal | wijziging`, applied in
/// order. A change is `gepubliceerd <datum> <Algoritme-ID>`, `status <status>`,
/// `gepland <datum>`, `categorie <A|B|C>` or `vervallen`. Published names and
/// IDs come from the public register where it has them.
pub const EVENTS: &str = "
POL | POL-007 | Q3 | gepubliceerd 2025-09-12 57398440
DJI | DJI-04 | Q3 | gepubliceerd 2025-08-20 85258929
RVDK | RVDK-3 | Q3 | gepubliceerd 2025-09-25 15996611
DTV | DTV-2 | Q3 | gepubliceerd 2025-09-03 41870245
IND | IND-005 | Q3 | gepubliceerd 2025-07-10 40913377
NFI | NFI-05 | Q3 | gepland 2025-12-15
POL | POL-010 | Q3 | status in documentatie
POL | POL-010 | Q3 | gepland 2025-11-30
POL | POL-011 | Q3 | gepland 2026-03-31
RN | RN-1 | Q3 | categorie B
RN | RN-1 | Q3 | gepland 2025-12-31
POL | POL-016 | Q3 | vervallen
IND | IND-006 | Q4 | gepubliceerd 2025-10-30 40913512
POL | POL-008 | Q4 | gepubliceerd 2025-12-10 65464579
POL | POL-009 | Q4 | gepubliceerd 2025-12-19 89931921
IND | IND-003 | Q4 | gepubliceerd 2025-12-18 40913688
IND | IND-004 | Q4 | gepubliceerd 2025-11-27 40913604
DJI | DJI-03 | Q4 | gepubliceerd 2025-12-22 41002318
COA | COA-2 | Q4 | gepland 2026-03-31
COA | COA-3 | Q4 | gepubliceerd 2025-11-20 41120977
CJIB | CJIB-2 | Q4 | gepubliceerd 2025-12-05 41291530
JUSTID | JID-3 | Q4 | gepubliceerd 2025-12-12 41350261
NFI | NFI-05 | Q4 | gepubliceerd 2025-12-15 37589341
NFI | NFI-06 | Q4 | gepubliceerd 2025-10-14 65428535
RVDK | RVDK-4 | Q4 | gepubliceerd 2025-11-03 57764391
RN | RN-1 | Q4 | gepubliceerd 2025-12-01 43325290
POL | POL-010 | Q4 | status ter controle
POL | POL-010 | Q4 | gepland 2026-01-31
OM | OM-3 | Q4 | status in documentatie
KSA | KSA-1 | Q4 | gepubliceerd 2025-10-01 41488820
";

/// Made-up contact persons: personal data that must appear in no output.
pub const CONTACTS: &[&str] = &[
    "J. de Vries",
    "A. Bakker",
    "M. Jansen",
    "S. El Amrani",
    "P. Visser",
    "R. Mulder",
    "K. de Boer",
];
