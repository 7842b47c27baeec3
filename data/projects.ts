/**
 * Every fact in the main tables of shared/facts/partner-projects.md (reserve facts excluded), in the
 * sheet's order. One record per project: MASCOT (JP1 = DE2) and the MMX rover (JP2 = DE3) are shared
 * by Japan and Germany, so each is one record naming both. Status is as of 13 May 2019; later
 * events appear only in a statusNote as hindsight, never as a milestone.
 */
import type { ProjectInput } from './schema'

export const projects = [
  // United States
  {
    id: 'swot',
    factIds: ['US1'],
    name: { en: 'SWOT', fr: 'SWOT' },
    shortName: { en: 'SWOT', fr: 'SWOT' },
    partners: ['US'],
    priority: 'climate',
    status: 'in-development',
    statusNote: {
      en: 'In development; launch then planned for 2021 (it finally flew in December 2022)',
      fr: 'En développement ; lancement alors prévu en 2021 (il a finalement eu lieu en décembre 2022)',
    },
    description: {
      en: 'Joint NASA–CNES wide-swath altimetry satellite to map ocean topography and surface fresh water; CNES supplies the bus, the KaRIn radio-frequency unit, DORIS and the nadir altimeter.',
      fr: 'Satellite commun NASA–CNES d\'altimétrie à large fauchée, destiné à cartographier la topographie des océans et les eaux douces de surface ; le CNES fournit la plateforme, l\'unité radiofréquence de KaRIn, DORIS et l\'altimètre nadir.',
    },
    milestones: [
      {
        date: '2014-05-02',
        kind: 'agreement',
        label: {
          en: 'NASA–CNES mission agreement signed at NASA headquarters',
          fr: 'Accord de mission NASA–CNES signé au siège de la NASA',
        },
        planned: false,
      },
      {
        date: '2021',
        kind: 'launch',
        label: {
          en: 'Launch then planned, a year after Jason-CS/Sentinel-6 (as reported in 2017)',
          fr: 'Lancement alors prévu un an après Jason-CS/Sentinel-6 (selon les informations de 2017)',
        },
        planned: true,
      },
    ],
    sources: [
      'https://www.satellitetoday.com/government-military/2014/05/05/nasa-and-cnes-sign-mission-agreement-for-new-joint-satellite/',
      'http://english.pmo.cas.cn/ns/rt/201405/t20140528_121482.html',
      'https://www.france-science.org/Le-CNES-et-la-NASA-celebrent-le.html',
      'https://www.eoportal.org/satellite-missions/swot',
    ],
    confidence: 'high',
  },
  {
    id: 'jason-3',
    factIds: ['US2'],
    name: { en: 'Jason-3', fr: 'Jason-3' },
    shortName: { en: 'Jason-3', fr: 'Jason-3' },
    partners: ['US'],
    priority: 'climate',
    status: 'operating',
    statusNote: {
      en: 'Operating since its January 2016 launch',
      fr: 'En service depuis son lancement en janvier 2016',
    },
    description: {
      en: 'Fourth reference sea-level altimetry satellite of the TOPEX/Poseidon–Jason line, built by CNES, NASA, NOAA and EUMETSAT.',
      fr: 'Quatrième satellite de référence de la lignée TOPEX/Poseidon–Jason pour l\'altimétrie du niveau de la mer, réalisé par le CNES, la NASA, la NOAA et EUMETSAT.',
    },
    milestones: [
      {
        date: '2016-01-17',
        kind: 'launch',
        label: {
          en: 'Jason-3 launched',
          fr: 'Lancement de Jason-3',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/cop21-space-agenda-jason-3-satellite-successfully-launched'],
    confidence: 'high',
  },
  {
    id: 'insight-seis',
    factIds: ['US3'],
    name: { en: 'InSight / SEIS seismometer', fr: 'InSight / sismomètre SEIS' },
    shortName: { en: 'InSight / SEIS', fr: 'InSight / SEIS' },
    partners: ['US'],
    priority: 'exploration',
    status: 'operating',
    statusNote: {
      en: 'Operating on Mars; first likely marsquake recorded by spring 2019',
      fr: 'En service sur Mars ; premier séisme martien probable enregistré au printemps 2019',
    },
    description: {
      en: 'CNES was prime contractor for SEIS, the seismometer at the heart of NASA\'s InSight Mars lander, with IPGP as principal investigator.',
      fr: 'Le CNES était maître d\'œuvre de SEIS, le sismomètre au cœur de l\'atterrisseur martien InSight de la NASA, dont l\'IPGP assurait la responsabilité scientifique.',
    },
    milestones: [
      {
        date: '2018-11-26',
        kind: 'landing',
        label: {
          en: 'InSight lands on Mars',
          fr: 'InSight se pose sur Mars',
        },
        planned: false,
      },
      {
        date: '2018-12-19',
        kind: 'milestone',
        label: {
          en: 'SEIS placed on the Martian surface',
          fr: 'SEIS déposé à la surface de Mars',
        },
        planned: false,
      },
      // The source names the event by its sol only; no calendar day is given, so only the year is kept
      {
        date: '2019',
        kind: 'milestone',
        label: {
          en: 'First likely marsquake recorded, the "Sol 128" event (spring 2019)',
          fr: 'Premier séisme martien probable enregistré, l\'événement « Sol 128 » (printemps 2019)',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-united-states-space-cooperation-insight-mars-exploration-missionfirst-tests-french-seis',
      'https://www.techno-science.net/actualite/seis-sismometre-francais-sonde-martienne-insight-N18183.html',
      'https://telesatellite.com/actu/53204-tremblement-martien-detecte.html',
    ],
    confidence: 'high',
  },
  {
    id: 'mars-2020-supercam',
    factIds: ['US4'],
    name: { en: 'Mars 2020 / SuperCam', fr: 'Mars 2020 / SuperCam' },
    shortName: { en: 'Mars 2020 / SuperCam', fr: 'Mars 2020 / SuperCam' },
    partners: ['US'],
    priority: 'exploration',
    status: 'in-development',
    statusNote: {
      en: 'In development; Mars 2020 launch then planned for July 2020',
      fr: 'En développement ; lancement de Mars 2020 alors prévu en juillet 2020',
    },
    description: {
      en: 'French–US laser, Raman and infrared remote-analysis instrument for NASA\'s Mars 2020 rover, built by IRAP and LANL with CNES as contracting authority for the French part; successor to ChemCam.',
      fr: 'Instrument franco-américain d\'analyse à distance par laser, spectroscopie Raman et infrarouge, destiné à l\'astromobile Mars 2020 de la NASA, réalisé par l\'IRAP et le LANL, le CNES étant maître d\'ouvrage de la partie française ; successeur de ChemCam.',
    },
    milestones: [
      {
        date: '2014-07',
        kind: 'milestone',
        label: {
          en: 'SuperCam selected by NASA',
          fr: 'SuperCam sélectionné par la NASA',
        },
        planned: false,
      },
      {
        date: '2020-07',
        kind: 'launch',
        label: {
          en: 'Mars 2020 launch then planned',
          fr: 'Lancement de Mars 2020 alors prévu',
        },
        planned: true,
      },
    ],
    sources: [
      'https://www.irap.omp.eu/en/the-supercam-instrument-selected-by-nasa-for-the-mars-2020-mission/',
      'https://supercam.cnes.fr/en/organization-2',
    ],
    confidence: 'high',
  },

  // China
  {
    id: 'cfosat',
    factIds: ['CN1'],
    name: { en: 'CFOSAT', fr: 'CFOSAT' },
    shortName: { en: 'CFOSAT', fr: 'CFOSAT' },
    partners: ['CN'],
    priority: 'climate',
    status: 'operating',
    statusNote: {
      en: 'Operating since its October 2018 launch',
      fr: 'En service depuis son lancement en octobre 2018',
    },
    description: {
      en: 'China–France oceanography satellite measuring ocean winds and waves: France supplies the SWIM wave scatterometer, China the SCAT wind scatterometer.',
      fr: 'Satellite océanographique sino-français qui mesure les vents et les vagues à la surface des océans : la France fournit le diffusiomètre de vagues SWIM, la Chine le diffusiomètre de vent SCAT.',
    },
    milestones: [
      {
        date: '2014-03-26',
        kind: 'agreement',
        label: {
          en: 'Framework agreement covering CFOSAT and SVOM',
          fr: 'Accord-cadre couvrant CFOSAT et SVOM',
        },
        planned: false,
      },
      {
        date: '2015-01-29',
        kind: 'agreement',
        label: {
          en: 'CFOSAT mission agreement',
          fr: 'Accord de mission CFOSAT',
        },
        planned: false,
      },
      {
        date: '2018-10-29',
        kind: 'launch',
        label: {
          en: 'Launched on a Long March 2C',
          fr: 'Lancé par une Longue Marche 2C',
        },
        planned: false,
      },
    ],
    sources: [
      'https://cfosat.cnes.fr/en/cfosat/index.htm',
      'https://mobile.aviso.altimetry.fr/en/missions/current-missions/cfosat.html',
      'https://presse.cnes.fr/fr/cp-8418',
    ],
    confidence: 'high',
  },
  {
    id: 'svom',
    factIds: ['CN2'],
    name: { en: 'SVOM', fr: 'SVOM' },
    shortName: { en: 'SVOM', fr: 'SVOM' },
    partners: ['CN'],
    priority: 'exploration',
    status: 'in-development',
    statusNote: {
      en: 'In development; launch then planned for 2021 (it finally flew in June 2024)',
      fr: 'En développement ; lancement alors prévu en 2021 (il a finalement eu lieu en juin 2024)',
    },
    description: {
      en: 'French–Chinese astronomy satellite to detect gamma-ray bursts; France supplies the ECLAIRs and MXT instruments.',
      fr: 'Satellite d\'astronomie franco-chinois destiné à détecter les sursauts gamma ; la France fournit les instruments ECLAIRs et MXT.',
    },
    milestones: [
      {
        date: '2014-03-26',
        kind: 'agreement',
        label: {
          en: 'CNES–CNSA agreement covering CFOSAT and SVOM',
          fr: 'Accord CNES–CNSA couvrant CFOSAT et SVOM',
        },
        planned: false,
      },
      {
        date: '2014-08-02',
        kind: 'agreement',
        label: {
          en: 'SVOM agreement signed in Beijing',
          fr: 'Accord SVOM signé à Pékin',
        },
        planned: false,
      },
      {
        date: '2016-12',
        kind: 'milestone',
        label: {
          en: 'CNES Board approves the development phases',
          fr: 'Le conseil d\'administration du CNES approuve les phases de développement',
        },
        planned: false,
      },
      {
        date: '2021',
        kind: 'launch',
        label: {
          en: 'Launch then planned',
          fr: 'Lancement alors prévu',
        },
        planned: true,
      },
    ],
    sources: [
      'https://svom.cnes.fr/en/SVOM/index.htm',
      'https://svom.cnes.fr/en/press-release-cnsa-and-cnes-embark-svom-astrophysics-mission',
      'http://www.air-cosmos.com/feu-vert-pour-l-observatoire-sino-francais-svom-87767',
      // Cited under CN1 in the sheet; it is the source of SVOM's 26 March 2014 agreement
      'https://presse.cnes.fr/fr/cp-8418',
    ],
    // The sheet rates the dates high but the 2021 plan medium: keep the lower
    confidence: 'medium',
  },
  {
    id: 'change-6-dorn',
    factIds: ['CN3'],
    name: { en: 'Chang\'e-6 French payload (DORN)', fr: 'Charge utile française de Chang\'e-6 (DORN)' },
    shortName: { en: 'Chang\'e-6 payload', fr: 'Charge utile Chang\'e-6' },
    partners: ['CN'],
    priority: 'exploration',
    status: 'in-study',
    statusNote: {
      en: 'Intent to cooperate only; the payload was formally named DORN in November 2019',
      fr: 'Simple intention de coopérer ; la charge utile a été officiellement baptisée DORN en novembre 2019',
    },
    description: {
      en: 'French experiment to fly on China\'s Chang\'e-6 lunar sample-return mission.',
      fr: 'Expérience française destinée à voler sur Chang\'e-6, la mission chinoise de retour d\'échantillons lunaires.',
    },
    milestones: [
      {
        date: '2019-03-25',
        kind: 'milestone',
        label: {
          en: 'CNES and CNSA express their intent to cooperate on Chang\'e-6, at the Élysée during Xi Jinping\'s visit',
          fr: 'Le CNES et la CNSA expriment leur intention de coopérer sur Chang\'e-6, à l\'Élysée, lors de la visite de Xi Jinping',
        },
        planned: false,
      },
      // The only plan in the sheet is CNES's June 2019 "2023-2024"; the year field keeps its start
      {
        date: '2023',
        kind: 'launch',
        label: {
          en: 'Lunar sample-return mission then expected in 2023–2024 (CNES, June 2019)',
          fr: 'Mission de retour d\'échantillons lunaires alors attendue en 2023-2024 (CNES, juin 2019)',
        },
        planned: true,
      },
    ],
    sources: [
      'https://spacewatch.global/2019/11/president-macrons-state-visit-to-china-highlights-sino-french-space-cooperation/',
      'https://presse.cnes.fr/en/cnes-2019-international-paris-air-show-cooperation-key-success-cnes',
    ],
    confidence: 'high',
  },
  {
    id: 'cnes-cnsa-mou-2018',
    factIds: ['CN4'],
    name: { en: 'CNES–CNSA MoU on climate and exploration', fr: 'Protocole d\'accord CNES–CNSA sur le climat et l\'exploration' },
    shortName: { en: 'CNES–CNSA MoU', fr: 'Protocole CNES–CNSA' },
    partners: ['CN'],
    priority: 'climate',
    status: 'in-force',
    statusNote: {
      en: 'In force since January 2018',
      fr: 'En vigueur depuis janvier 2018',
    },
    description: {
      en: 'Memorandum widening the distribution of CFOSAT data and opening cooperation towards the Space Climate Observatory and on exploration.',
      fr: 'Protocole élargissant la diffusion des données de CFOSAT et ouvrant la coopération à l\'Observatoire spatial du climat ainsi qu\'à l\'exploration.',
    },
    milestones: [
      {
        date: '2018-01-09',
        kind: 'agreement',
        label: {
          en: 'Signed in Beijing during President Macron\'s state visit',
          fr: 'Signé à Pékin lors de la visite d\'État du président Macron',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/state-visit-president-emmanuel-macron-peoples-republic-china-france-and-china-step-space-cooperation'],
    confidence: 'high',
  },

  // Russia
  {
    id: 'soyuz-csg',
    factIds: ['RU1'],
    name: { en: 'Soyuz at the Guiana Space Centre', fr: 'Soyouz au Centre spatial guyanais' },
    shortName: { en: 'Soyuz in French Guiana', fr: 'Soyouz en Guyane' },
    partners: ['RU'],
    priority: 'innovation',
    priorityJudgement: {
      en: 'Launcher cooperation (access to space) does not fit neatly into the three priorities; filed under innovation.',
      fr: 'La coopération sur les lanceurs (accès à l\'espace) ne relève pas nettement de l\'une des trois priorités ; classée dans l\'innovation.',
    },
    status: 'operating',
    statusNote: {
      en: 'Operating: 20 Soyuz launches from the Guiana Space Centre between 2011 and 2018',
      fr: 'En service : 20 lancements de Soyouz depuis le Centre spatial guyanais entre 2011 et 2018',
    },
    description: {
      en: 'Russia\'s Soyuz rocket launched from a CNES-built pad in Kourou, set up with ESA and Roscosmos on a CNES initiative.',
      fr: 'Lanceur russe Soyouz tiré depuis un pas de tir construit par le CNES à Kourou, mis en place avec l\'ESA et Roscosmos à l\'initiative du CNES.',
    },
    milestones: [
      {
        date: '2003',
        kind: 'milestone',
        label: {
          en: 'Cooperation on Soyuz in French Guiana begins',
          fr: 'Début de la coopération sur Soyouz en Guyane',
        },
        planned: false,
      },
      {
        date: '2011-10-21',
        kind: 'launch',
        label: {
          en: 'First Soyuz launch from the Guiana Space Centre',
          fr: 'Premier lancement de Soyouz depuis le Centre spatial guyanais',
        },
        planned: false,
      },
    ],
    sources: ['https://soyouz-mission.cnes.fr/en'],
    confidence: 'high',
  },
  {
    id: 'cnes-roscosmos-science-agreement-2018',
    factIds: ['RU2'],
    name: { en: 'CNES–Roscosmos framework agreement on space science', fr: 'Accord-cadre CNES–Roscosmos sur les sciences spatiales' },
    shortName: { en: 'Space science agreement', fr: 'Accord scientifique' },
    partners: ['RU'],
    priority: 'exploration',
    priorityJudgement: {
      en: 'Framework agreement that also covers climate monitoring; filed under exploration, where most of its fields lie.',
      fr: 'Accord-cadre qui couvre aussi la surveillance du climat ; classé dans l\'exploration, dont relèvent la plupart de ses domaines.',
    },
    status: 'in-force',
    statusNote: {
      en: 'In force since June 2018',
      fr: 'En vigueur depuis juin 2018',
    },
    description: {
      en: 'Umbrella agreement for joint science: climate monitoring, space biology, solar research, planetology and astronomy.',
      fr: 'Accord-cadre pour les travaux scientifiques communs : surveillance du climat, biologie spatiale, recherche solaire, planétologie et astronomie.',
    },
    milestones: [
      {
        date: '1966-06-30',
        kind: 'agreement',
        label: {
          en: 'First France–USSR space cooperation agreement',
          fr: 'Premier accord de coopération spatiale entre la France et l\'URSS',
        },
        planned: false,
      },
      // The release says "Thursday 15 June" but 15 June 2018 was a Friday: keep the month only
      {
        date: '2018-06',
        kind: 'agreement',
        label: {
          en: 'Framework agreement signed in Moscow (mid-June 2018)',
          fr: 'Accord-cadre signé à Moscou (mi-juin 2018)',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-russia-space-cooperation-cnes-and-roscosmos-sign-framework-space-science-agreement',
      'https://presse.cnes.fr/en/cnes-celebrates-50th-anniversary-first-french-russian-space-cooperation-agreement',
    ],
    confidence: 'high',
  },
  {
    id: 'exomars',
    factIds: ['RU3'],
    name: { en: 'ExoMars', fr: 'ExoMars' },
    shortName: { en: 'ExoMars', fr: 'ExoMars' },
    partners: ['RU'],
    priority: 'exploration',
    status: 'in-development',
    statusNote: {
      en: 'Trace Gas Orbiter launched in 2016; rover mission, which carries the CNES instruments, in development with launch then planned for 2020',
      fr: 'Trace Gas Orbiter lancé en 2016 ; la mission de l\'astromobile, qui emporte les instruments du CNES, est en développement, avec un lancement alors prévu en 2020',
    },
    description: {
      en: 'ESA–Roscosmos Mars programme: an orbiter launched on a Proton, then a rover and surface platform; CNES leads the WISDOM radar and MicrOmega on the rover.',
      fr: 'Programme martien ESA–Roscosmos : un orbiteur lancé par un Proton, puis un astromobile et une plateforme de surface ; le CNES est chef de file pour le radar WISDOM et pour MicrOmega, à bord de l\'astromobile.',
    },
    milestones: [
      {
        date: '2016-03-14',
        kind: 'launch',
        label: {
          en: 'ExoMars 2016 (Trace Gas Orbiter) launched on a Proton from Baikonur',
          fr: 'ExoMars 2016 (Trace Gas Orbiter) lancé par un Proton depuis Baïkonour',
        },
        planned: false,
      },
      {
        date: '2020',
        kind: 'launch',
        label: {
          en: 'Rover mission launch then planned',
          fr: 'Lancement de la mission de l\'astromobile alors prévu',
        },
        planned: true,
      },
    ],
    sources: [
      'https://exomars.cnes.fr/fr/EXOMARS/Fr/GP_organisation.htm',
      'https://solarsystem.nasa.gov/missions/exomars-trace-gas-orbiter/in-depth/',
    ],
    confidence: 'high',
  },
  {
    id: 'bepicolombo-phebus',
    factIds: ['RU4'],
    name: { en: 'BepiColombo / PHEBUS', fr: 'BepiColombo / PHEBUS' },
    shortName: { en: 'BepiColombo / PHEBUS', fr: 'BepiColombo / PHEBUS' },
    partners: ['RU'],
    priority: 'exploration',
    status: 'operating',
    statusNote: {
      en: 'On its way to Mercury since the October 2018 launch',
      fr: 'En route vers Mercure depuis son lancement en octobre 2018',
    },
    description: {
      en: 'Ultraviolet spectrometer for Mercury\'s exosphere, with contributions from CNES and Roscosmos, flying on the ESA–JAXA BepiColombo mission.',
      fr: 'Spectromètre ultraviolet dédié à l\'exosphère de Mercure, avec des contributions du CNES et de Roscosmos, embarqué sur la mission BepiColombo de l\'ESA et de la JAXA.',
    },
    milestones: [
      {
        date: '2018-10-19',
        kind: 'launch',
        label: {
          en: 'BepiColombo launched by Ariane 5 from Kourou (19 Oct local time, 20 Oct UTC)',
          fr: 'Lancement de BepiColombo par Ariane 5 depuis Kourou (19 octobre en heure locale, 20 octobre en UTC)',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-russia-space-cooperation-cnes-and-roscosmos-sign-framework-space-science-agreement',
      'https://www.arianespace.com/mission-update/va245-success-bepicolombo/',
    ],
    confidence: 'medium-high',
  },

  // India
  {
    id: 'megha-tropiques',
    factIds: ['IN1'],
    name: { en: 'Megha-Tropiques', fr: 'Megha-Tropiques' },
    shortName: { en: 'Megha-Tropiques', fr: 'Megha-Tropiques' },
    partners: ['IN'],
    priority: 'climate',
    status: 'operating',
    statusNote: {
      en: 'Operating since its October 2011 launch',
      fr: 'En service depuis son lancement en octobre 2011',
    },
    description: {
      en: 'Joint satellite studying the water cycle and energy exchanges in the tropical atmosphere; CNES supplied SAPHIR and ScaRaB, and MADRAS jointly with ISRO.',
      fr: 'Satellite commun consacré au cycle de l\'eau et aux échanges d\'énergie dans l\'atmosphère tropicale ; le CNES a fourni SAPHIR et ScaRaB, et MADRAS conjointement avec l\'ISRO.',
    },
    milestones: [
      {
        date: '2011-10-12',
        kind: 'launch',
        label: {
          en: 'Launched on a PSLV',
          fr: 'Lancé par un PSLV',
        },
        planned: false,
      },
    ],
    sources: ['https://www.icare.univ-lille.fr/successful-launch-of-the-french-indian-megha-tropiques-satellite-october-12-2011/'],
    confidence: 'high',
  },
  {
    id: 'saral-altika',
    factIds: ['IN2'],
    name: { en: 'SARAL / AltiKa', fr: 'SARAL / AltiKa' },
    shortName: { en: 'SARAL / AltiKa', fr: 'SARAL / AltiKa' },
    partners: ['IN'],
    priority: 'climate',
    status: 'operating',
    statusNote: {
      en: 'In orbit since its February 2013 launch',
      fr: 'En orbite depuis son lancement en février 2013',
    },
    description: {
      en: 'Indo-French ocean altimetry satellite carrying AltiKa, the first Ka-band altimeter; CNES provided the payload (AltiKa, DORIS, Argos-3), ISRO the platform and launch.',
      fr: 'Satellite indo-français d\'altimétrie océanique emportant AltiKa, premier altimètre en bande Ka ; le CNES a fourni la charge utile (AltiKa, DORIS, Argos-3), l\'ISRO la plateforme et le lancement.',
    },
    milestones: [
      // Sources disagree on the day (23 Feb or 2 Mar 2007): keep only the year they share
      {
        date: '2007',
        kind: 'agreement',
        label: {
          en: 'CNES–ISRO agreement to build SARAL (sources give 23 Feb or 2 Mar 2007)',
          fr: 'Accord CNES–ISRO pour la réalisation de SARAL (les sources indiquent le 23 février ou le 2 mars 2007)',
        },
        planned: false,
      },
      {
        date: '2013-02-25',
        kind: 'launch',
        label: {
          en: 'SARAL launched',
          fr: 'Lancement de SARAL',
        },
        planned: false,
      },
    ],
    sources: [
      'https://cnes.fr./en/projects/saral',
      'https://data.globalchange.gov/platform/satellite-with-argos-and-altika',
    ],
    confidence: 'high',
  },
  {
    id: 'trishna',
    factIds: ['IN3'],
    name: { en: 'TRISHNA', fr: 'TRISHNA' },
    shortName: { en: 'TRISHNA', fr: 'TRISHNA' },
    partners: ['IN'],
    priority: 'climate',
    status: 'in-study',
    statusNote: {
      en: 'In the study phase, not yet approved (the CNES Board gave the go-ahead only in March 2020)',
      fr: 'En phase d\'étude, pas encore approuvé (le conseil d\'administration du CNES n\'a donné son feu vert qu\'en mars 2020)',
    },
    description: {
      en: 'Planned joint high-resolution thermal-infrared satellite to track the water cycle and water stress.',
      fr: 'Projet de satellite commun d\'observation dans l\'infrarouge thermique à haute résolution, pour suivre le cycle de l\'eau et le stress hydrique.',
    },
    milestones: [
      {
        date: '2016-01',
        kind: 'agreement',
        label: {
          en: 'CNES and ISRO agree to jointly develop an infrared climate-monitoring satellite',
          fr: 'Le CNES et l\'ISRO conviennent de développer ensemble un satellite infrarouge de surveillance du climat',
        },
        planned: false,
      },
      {
        date: '2018-03-10',
        kind: 'milestone',
        label: {
          en: 'Named "Trishna" in the India–France joint vision for space',
          fr: 'Baptisé « Trishna » dans la vision commune de l\'Inde et de la France pour l\'espace',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/state-visit-president-francois-hollande-india',
      'https://www.ndtv.com/india-news/modi-macron-space-plan-india-partners-france-in-bold-vision-for-space-1822293',
      'https://h0w-t00.blogspot.com/2020/03/trishna-cnes-isro-initiative-gets-green.html',
    ],
    confidence: 'medium-high',
  },
  {
    id: 'gaganyaan',
    factIds: ['IN4'],
    name: { en: 'Gaganyaan human-spaceflight cooperation', fr: 'Coopération sur les vols habités (Gaganyaan)' },
    shortName: { en: 'Gaganyaan cooperation', fr: 'Coopération Gaganyaan' },
    partners: ['IN'],
    priority: 'exploration',
    status: 'in-force',
    statusNote: {
      en: 'In force since September 2018; CADMOS and MEDES to help train Indian astronauts',
      fr: 'En vigueur depuis septembre 2018 ; le CADMOS et le MEDES doivent contribuer à former les astronautes indiens',
    },
    description: {
      en: 'Indo-French cooperation on space medicine, astronaut health monitoring, life support and radiation protection, drawing on the CNES CADMOS and MEDES facilities.',
      fr: 'Coopération franco-indienne en médecine spatiale, suivi de la santé des astronautes, systèmes de support vie et radioprotection, qui s\'appuie sur les installations CADMOS et MEDES du CNES.',
    },
    milestones: [
      {
        date: '2018-09-06',
        kind: 'agreement',
        label: {
          en: 'Agreement signed in Bengaluru',
          fr: 'Accord signé à Bengaluru',
        },
        planned: false,
      },
    ],
    sources: [
      'https://latestly.com/india/information/india-france-to-collaborate-on-isros-first-human-space-mission-366351.html',
      'https://indianexpress.com/article/india/gaganyaan-french-space-agency-offers-to-share-knowledge-with-isro-5343973/',
    ],
    confidence: 'high',
  },

  // Japan (the first two are shared with Germany)
  {
    id: 'mascot',
    factIds: ['JP1', 'DE2'],
    name: { en: 'Hayabusa2 / MASCOT', fr: 'Hayabusa2 / MASCOT' },
    shortName: { en: 'Hayabusa2 / MASCOT', fr: 'Hayabusa2 / MASCOT' },
    partners: ['JP', 'DE'],
    priority: 'exploration',
    status: 'completed',
    statusNote: {
      en: 'Completed: landed on asteroid Ryugu in October 2018 and worked for about 17 hours',
      fr: 'Terminé : posé sur l\'astéroïde Ryugu en octobre 2018, il a fonctionné environ 17 heures',
    },
    description: {
      en: 'Lander built by DLR in close cooperation with CNES and flown on JAXA\'s Hayabusa2 sample-return probe; CNES supplied MicrOmega, antennas and power, and flight dynamics.',
      fr: 'Atterrisseur construit par le DLR en étroite coopération avec le CNES et emporté par la sonde de retour d\'échantillons Hayabusa2 de la JAXA ; le CNES a fourni MicrOmega, les antennes et l\'alimentation électrique, ainsi que la dynamique du vol.',
    },
    milestones: [
      {
        date: '2014-12',
        kind: 'launch',
        label: {
          en: 'Hayabusa2 launched with MASCOT on board',
          fr: 'Lancement de Hayabusa2 avec MASCOT à son bord',
        },
        planned: false,
      },
      {
        date: '2018-10-03',
        kind: 'landing',
        label: {
          en: 'MASCOT lands on asteroid Ryugu',
          fr: 'MASCOT se pose sur l\'astéroïde Ryugu',
        },
        planned: false,
      },
    ],
    sources: [
      'https://mascot.cnes.fr/en/MASCOT/index.htm',
      'https://www.dlr.de/pf/en/desktopdefault.aspx/tabid-174/319_read-53991/',
      'https://presse.cnes.fr/en/hayabusa2mascot-mission-mascot-lander-successfully-released',
    ],
    confidence: 'high',
  },
  {
    id: 'mmx-rover',
    factIds: ['JP2', 'DE3'],
    name: { en: 'MMX rover', fr: 'Astromobile MMX' },
    shortName: { en: 'MMX rover', fr: 'Astromobile MMX' },
    partners: ['JP', 'DE'],
    priority: 'exploration',
    status: 'in-study',
    statusNote: {
      en: 'Under a joint statement only; launch then planned for 2024 (the formal agreement followed in June 2019)',
      fr: 'Simple déclaration commune à ce stade ; lancement alors prévu en 2024 (l\'accord formel a suivi en juin 2019)',
    },
    description: {
      en: 'French–German rover to be set down on Phobos by JAXA\'s Martian Moons eXploration sample-return mission; DLR builds body and locomotion, CNES cameras and service module.',
      fr: 'Astromobile franco-allemand que la mission de retour d\'échantillons Martian Moons eXploration de la JAXA doit déposer sur Phobos ; le DLR en réalise la structure et la locomotion, le CNES les caméras et le module de service.',
    },
    milestones: [
      {
        date: '2018-10-03',
        kind: 'agreement',
        label: {
          en: 'CNES, DLR and JAXA joint statement at IAC Bremen',
          fr: 'Déclaration commune du CNES, du DLR et de la JAXA à l\'IAC de Brême',
        },
        planned: false,
      },
      {
        date: '2024',
        kind: 'launch',
        label: {
          en: 'MMX launch then planned',
          fr: 'Lancement de MMX alors prévu',
        },
        planned: true,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/cnesdlrjaxa-cooperation-france-and-germany-develop-mmx-mission-rover',
      'https://astronomynow.com/2019/06/20/japanese-spacecraft-to-carry-european-rover-to-martian-moon/',
    ],
    confidence: 'high',
  },
  {
    id: 'bepicolombo',
    factIds: ['JP3'],
    name: { en: 'BepiColombo', fr: 'BepiColombo' },
    shortName: { en: 'BepiColombo', fr: 'BepiColombo' },
    partners: ['JP'],
    priority: 'exploration',
    status: 'operating',
    statusNote: {
      en: 'On its way to Mercury since the October 2018 launch; arrival then planned for late 2025',
      fr: 'En route vers Mercure depuis son lancement en octobre 2018 ; arrivée alors prévue fin 2025',
    },
    description: {
      en: 'ESA–JAXA Mercury mission; CNES oversaw the French laboratories, which helped design 6 of its 16 instruments.',
      fr: 'Mission de l\'ESA et de la JAXA vers Mercure ; le CNES a supervisé les laboratoires français, qui ont contribué à concevoir 6 de ses 16 instruments.',
    },
    milestones: [
      {
        date: '2018-10-19',
        kind: 'launch',
        label: {
          en: 'Launched by Ariane 5 from Kourou (19 Oct local time)',
          fr: 'Lancement par Ariane 5 depuis Kourou (19 octobre en heure locale)',
        },
        planned: false,
      },
      {
        date: '2025',
        kind: 'milestone',
        label: {
          en: 'Arrival at Mercury then planned for late 2025',
          fr: 'Arrivée à Mercure alors prévue fin 2025',
        },
        planned: true,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/next-ariane-5-mission-launch-european-japanese-bepicolombo-mission-seven-year-voyage-discovery',
      // Cited under RU4 in the sheet; it is the source of the launch date
      'https://www.arianespace.com/mission-update/va245-success-bepicolombo/',
    ],
    confidence: 'high',
  },
  {
    id: 'cnes-jaxa-agreement-2015',
    factIds: ['JP4'],
    name: { en: 'CNES–JAXA cooperation agreement', fr: 'Accord de coopération CNES–JAXA' },
    shortName: { en: 'CNES–JAXA agreement', fr: 'Accord CNES–JAXA' },
    partners: ['JP'],
    priority: 'innovation',
    priorityJudgement: {
      en: 'Cross-cutting framework for all joint missions; filed under innovation.',
      fr: 'Cadre transversal de toutes les missions communes ; classé dans l\'innovation.',
    },
    status: 'in-force',
    statusNote: {
      en: 'In force since October 2015',
      fr: 'En vigueur depuis octobre 2015',
    },
    description: {
      en: 'Revised inter-agency agreement governing joint missions, applications, the space environment and staff exchanges.',
      fr: 'Accord interagences révisé qui régit les missions communes, les applications, l\'environnement spatial et les échanges de personnel.',
    },
    milestones: [
      {
        date: '1986',
        kind: 'agreement',
        label: {
          en: 'First cooperation agreement between CNES and NASDA, JAXA\'s forerunner',
          fr: 'Premier accord de coopération entre le CNES et la NASDA, prédécesseur de la JAXA',
        },
        planned: false,
      },
      {
        date: '2015-10-05',
        kind: 'agreement',
        label: {
          en: 'Revised agreement signed in the presence of Prime Ministers Abe and Valls',
          fr: 'Accord révisé signé en présence des Premiers ministres Abe et Valls',
        },
        planned: false,
      },
    ],
    sources: [
      'https://www.satellitetoday.com/government-military/2015/10/05/cnes-and-jaxa-sign-new-cooperation-agreement/',
      'https://presse.cnes.fr/en/france-japan-space-cooperation-cnes-and-jaxa-isas-meet-paris',
    ],
    confidence: 'high',
  },

  // Germany (plus MASCOT and the MMX rover above)
  {
    id: 'merlin',
    factIds: ['DE1'],
    name: { en: 'MERLIN', fr: 'MERLIN' },
    shortName: { en: 'MERLIN', fr: 'MERLIN' },
    partners: ['DE'],
    priority: 'climate',
    status: 'in-development',
    statusNote: {
      en: 'In development; measurements then planned from 2021, a date already slipping (DLR said 2024 in June 2019)',
      fr: 'En développement ; mesures alors prévues à partir de 2021, une date qui glissait déjà (le DLR annonçait 2024 en juin 2019)',
    },
    description: {
      en: 'French–German climate satellite measuring atmospheric methane by lidar; DLR provides the lidar, CNES the Myriade Evolutions bus, control centre and ground segment.',
      fr: 'Satellite climatique franco-allemand qui mesure le méthane atmosphérique par lidar ; le DLR fournit le lidar, le CNES la plateforme Myriade Evolutions, le centre de contrôle et le segment sol.',
    },
    milestones: [
      {
        date: '2015-12-08',
        kind: 'agreement',
        label: {
          en: 'Joint CNES–DLR go-ahead during COP21',
          fr: 'Feu vert commun du CNES et du DLR pendant la COP21',
        },
        planned: false,
      },
      {
        date: '2021',
        kind: 'milestone',
        label: {
          en: 'Methane measurements then planned to start (already slipping)',
          fr: 'Début des mesures de méthane alors prévu (date qui glissait déjà)',
        },
        planned: true,
      },
    ],
    sources: [
      'https://www.enseignementsup-recherche.gouv.fr/cid96360/merlin-un-satellite-pour-etudier-le-methane-atmospherique.html',
      'https://www.dlr.de/en/images/2019/2/merlin_sn',
      'https://event.dlr.de/en/pas2019/merlin-pas20219/',
    ],
    // High for the project, medium for the launch year: keep the lower
    confidence: 'medium',
  },

  // United Arab Emirates
  {
    id: 'uae-hyperspectral-satellite',
    factIds: ['AE1'],
    name: { en: 'Joint hyperspectral Earth-observation satellite', fr: 'Satellite commun d\'observation hyperspectrale de la Terre' },
    shortName: { en: 'Hyperspectral satellite', fr: 'Satellite hyperspectral' },
    partners: ['AE'],
    priority: 'climate',
    status: 'in-study',
    statusNote: {
      en: 'In preliminary definition in April 2019; no launch date set',
      fr: 'En phase de définition préliminaire en avril 2019 ; aucune date de lancement fixée',
    },
    description: {
      en: 'CNES–UAESA hyperspectral imaging satellite, later described as a nanosatellite, to support climate and environmental monitoring.',
      fr: 'Satellite d\'imagerie hyperspectrale CNES–UAESA, décrit plus tard comme un nanosatellite, destiné à la surveillance du climat et de l\'environnement.',
    },
    milestones: [
      {
        date: '2018-02-11',
        kind: 'agreement',
        label: {
          en: 'Agreement signed during the French Prime Minister\'s visit',
          fr: 'Accord signé lors de la visite du Premier ministre français',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-uae-space-cooperation-france-uae-strategic-dialogue-committee-meets-programme-status-review',
      'https://presse.cnes.fr/fr/le-cnes-au-quatrieme-symposium-du-cospar-small-satellites-sustainable-science-and-development',
    ],
    confidence: 'high',
  },
  {
    id: 'france-uae-space-subcommittee',
    factIds: ['AE2'],
    name: { en: 'Space sub-committee of the France–UAE Strategic Dialogue', fr: 'Sous-comité spatial du Dialogue stratégique France–Émirats arabes unis' },
    shortName: { en: 'Space sub-committee', fr: 'Sous-comité spatial' },
    partners: ['AE'],
    priority: 'innovation',
    priorityJudgement: {
      en: 'Cross-cutting governance body steering all bilateral projects; filed under innovation.',
      fr: 'Instance de gouvernance transversale qui pilote l\'ensemble des projets bilatéraux ; classée dans l\'innovation.',
    },
    status: 'in-force',
    statusNote: {
      en: 'Active: the Strategic Dialogue held its 11th session in Paris in April 2019',
      fr: 'Actif : le Dialogue stratégique a tenu sa 11e session à Paris en avril 2019',
    },
    description: {
      en: 'Standing high-level body, co-chaired by the CNES President and the UAESA Director General, that steers bilateral space projects.',
      fr: 'Instance permanente de haut niveau, coprésidée par le président du CNES et le directeur général de l\'UAESA, qui pilote les projets spatiaux bilatéraux.',
    },
    milestones: [
      // Start date disputed: AeroMorning says 16 Jan 2016, CNES (April 2019) "two years ago"
      {
        date: '2016-01-16',
        kind: 'milestone',
        label: {
          en: 'Space sub-committee first joins the Strategic Dialogue (per AeroMorning; CNES dates it to around 2017)',
          fr: 'Le sous-comité spatial rejoint pour la première fois le Dialogue stratégique (selon AeroMorning ; le CNES le fait remonter à 2017 environ)',
        },
        planned: false,
      },
      {
        date: '2019-04-16',
        kind: 'milestone',
        label: {
          en: '11th session of the France–UAE Strategic Dialogue, Paris',
          fr: '11e session du Dialogue stratégique France–Émirats arabes unis, Paris',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-uae-space-cooperation-cnes-and-uaesa-11th-session-strategic-dialogue',
      'http://www.aeromorning.com/blog/cooperation-spatiale-france-emirats-arabes-unis/',
    ],
    // High for the body and its 2019 session, medium for its start date: keep the lower
    confidence: 'medium',
  },
  {
    id: 'uae-training',
    factIds: ['AE3'],
    name: { en: 'Training and capacity building', fr: 'Formation et renforcement des capacités' },
    shortName: { en: 'Capacity building', fr: 'Renforcer les capacités' },
    partners: ['AE'],
    priority: 'innovation',
    status: 'operating',
    statusNote: {
      en: 'Ongoing; latest session held in Al Ain in April 2019',
      fr: 'En cours ; dernière session organisée à Al Aïn en avril 2019',
    },
    description: {
      en: 'CNES training in space technologies for young Emirati engineers and students, and Emirati engineers hosted at the Toulouse Space Centre.',
      fr: 'Formations du CNES aux technologies spatiales pour de jeunes ingénieurs et étudiants émiriens, et accueil d\'ingénieurs émiriens au Centre spatial de Toulouse.',
    },
    milestones: [
      {
        date: '2019-04-15',
        kind: 'milestone',
        label: {
          en: 'Space-technology training session opens in Al Ain (15–18 April)',
          fr: 'Ouverture à Al Aïn d\'une session de formation aux technologies spatiales (du 15 au 18 avril)',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/france-uae-space-cooperation-cnes-and-uaesa-11th-session-strategic-dialogue'],
    confidence: 'high',
  },
  {
    id: 'uae-astronaut-support',
    factIds: ['AE4'],
    name: { en: 'Support to the Emirati astronaut programme', fr: 'Soutien au programme d\'astronautes émirien' },
    shortName: { en: 'Astronaut programme', fr: 'Programme d\'astronautes' },
    partners: ['AE'],
    priority: 'exploration',
    status: 'operating',
    statusNote: {
      en: 'Ongoing; a dry-immersion bed-rest campaign was under way in the UAE in April 2019',
      fr: 'En cours ; une campagne d\'alitement en immersion sèche était menée aux Émirats arabes unis en avril 2019',
    },
    description: {
      en: 'French space-medicine expertise (MEDES, CADMOS) for Emirati human spaceflight: bed-rest research and preparation of ISS experiments.',
      fr: 'Expertise française en médecine spatiale (MEDES, CADMOS) au service des vols habités émiriens : recherche sur l\'alitement et préparation d\'expériences pour l\'ISS.',
    },
    milestones: [
      {
        date: '2018-06',
        kind: 'milestone',
        label: {
          en: 'Emirati scientists take part in a MEDES space-medicine campaign',
          fr: 'Des scientifiques émiriens participent à une campagne de médecine spatiale du MEDES',
        },
        planned: false,
      },
      {
        date: '2019-04',
        kind: 'milestone',
        label: {
          en: 'Dry-immersion bed-rest campaign under way in the UAE',
          fr: 'Campagne d\'alitement en immersion sèche en cours aux Émirats arabes unis',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-uae-space-cooperation-cnes-and-uaesa-11th-session-strategic-dialogue',
      'https://presse.cnes.fr/en/france-uae-space-cooperation-france-uae-strategic-dialogue-committee-meets-programme-status-review',
    ],
    confidence: 'high',
  },

  // Singapore: agreements, research and training; no joint satellite
  {
    id: 'cnes-edb-letter-of-intent-2015',
    factIds: ['SG1'],
    name: { en: 'CNES–EDB letter of intent', fr: 'Lettre d\'intention CNES–EDB' },
    shortName: { en: 'EDB letter of intent', fr: 'Lettre d\'intention EDB' },
    partners: ['SG'],
    priority: 'innovation',
    status: 'in-force',
    statusNote: {
      en: 'Signed May 2015; followed by the 2017 MoU',
      fr: 'Signée en mai 2015 ; suivie du protocole d\'accord de 2017',
    },
    description: {
      en: 'First formal France–Singapore space relationship: small-satellite radiocommunications, electronic components and Earth observation, including possible reception of TeLEOS-1 imagery in French Guiana.',
      fr: 'Première relation spatiale formelle entre la France et Singapour : radiocommunications des petits satellites, composants électroniques et observation de la Terre, dont la réception possible en Guyane des images de TeLEOS-1.',
    },
    milestones: [
      {
        date: '2015-05-18',
        kind: 'agreement',
        label: {
          en: 'Signed at the Élysée during President Tony Tan\'s state visit',
          fr: 'Signée à l\'Élysée lors de la visite d\'État du président Tony Tan',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/fr/cooperation-spatiale-entre-la-france-et-singapour-le-cnes-et-ledb-signent-lelysee-un-premier-accord'],
    confidence: 'high',
  },
  {
    id: 'merlion',
    factIds: ['SG2'],
    name: { en: 'MERLION programme with NTU', fr: 'Programme MERLION avec la NTU' },
    shortName: { en: 'MERLION with NTU', fr: 'MERLION avec la NTU' },
    partners: ['SG'],
    priority: 'innovation',
    status: 'operating',
    statusNote: {
      en: 'Running since 2013',
      fr: 'En cours depuis 2013',
    },
    description: {
      en: 'Research with Nanyang Technological University on laser-induced radiation effects in microelectronic components.',
      fr: 'Recherche avec l\'Université technologique de Nanyang sur les effets des rayonnements induits par laser dans les composants microélectroniques.',
    },
    milestones: [
      {
        date: '2013',
        kind: 'milestone',
        label: {
          en: 'CNES–NTU cooperation on MERLION begins',
          fr: 'Début de la coopération CNES–NTU sur MERLION',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/fr/cooperation-spatiale-entre-la-france-et-singapour-le-cnes-et-ledb-signent-lelysee-un-premier-accord'],
    confidence: 'high',
  },
  {
    id: 'cnes-ntu-phd-exchange',
    factIds: ['SG3'],
    name: { en: 'CNES–NTU PhD exchange agreement', fr: 'Accord CNES–NTU d\'échange de doctorants' },
    shortName: { en: 'NTU PhD exchange', fr: 'Doctorants CNES–NTU' },
    partners: ['SG'],
    priority: 'innovation',
    status: 'in-force',
    statusNote: {
      en: 'In force since April 2016; exchanges began that summer',
      fr: 'En vigueur depuis avril 2016 ; les échanges ont commencé dès l\'été suivant',
    },
    description: {
      en: 'Framework for exchanging doctoral students between CNES and NTU.',
      fr: 'Cadre pour l\'échange de doctorants entre le CNES et la NTU.',
    },
    milestones: [
      {
        date: '2016-04-25',
        kind: 'agreement',
        label: {
          en: 'Signed at CNES Head Office, Paris',
          fr: 'Signé au siège du CNES, à Paris',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/fr/cooperation-spatiale-entre-la-france-et-singapour-nouvel-accord-de-cooperation-entre-le-cnes-et-la'],
    confidence: 'high',
  },
  {
    id: 'cnes-edb-mou-2017',
    factIds: ['SG4'],
    name: { en: 'CNES–EDB (OSTIn) MoU on cooperative activities in space', fr: 'Protocole d\'accord CNES–EDB (OSTIn) sur les activités de coopération spatiale' },
    shortName: { en: 'CNES–EDB MoU', fr: 'Protocole CNES–EDB' },
    partners: ['SG'],
    priority: 'innovation',
    status: 'in-force',
    statusNote: {
      en: 'In force since March 2017',
      fr: 'En vigueur depuis mars 2017',
    },
    description: {
      en: 'Memorandum covering space research and technology, micro- and nano-satellites, Earth observation, radiocommunications and regulatory coordination.',
      fr: 'Protocole couvrant la recherche et la technologie spatiales, les micro- et nanosatellites, l\'observation de la Terre, les radiocommunications et la coordination réglementaire.',
    },
    milestones: [
      {
        date: '2017-03',
        kind: 'agreement',
        label: {
          en: 'Signed in the presence of both presidents',
          fr: 'Signé en présence des deux présidents',
        },
        planned: false,
      },
    ],
    sources: [
      'http://www.telesatellite.com/actu/49293-memorandum-entre-le-cnes-et-economic-development-board.html',
      'https://www.voilah.sg/3rd-space-workshop-france-singapore/',
    ],
    confidence: 'medium-high',
  },

  // Morocco: a framework agreement and workshops; no joint satellite
  {
    id: 'cnes-crers-crts-agreement-2015',
    factIds: ['MA1'],
    name: { en: 'CNES–CRERS–CRTS framework agreement', fr: 'Accord-cadre CNES–CRERS–CRTS' },
    shortName: { en: 'Framework agreement', fr: 'Accord-cadre' },
    partners: ['MA'],
    priority: 'climate',
    priorityJudgement: {
      en: 'Framework agreement; filed under climate because its follow-up work centred on climate and sustainable-development applications.',
      fr: 'Accord-cadre ; classé dans le climat, car les travaux qui l\'ont suivi ont porté surtout sur les applications au climat et au développement durable.',
    },
    status: 'in-force',
    statusNote: {
      en: 'In force since May 2015',
      fr: 'En vigueur depuis mai 2015',
    },
    description: {
      en: 'Legal framework for bilateral cooperation in the exploration and use of space.',
      fr: 'Cadre juridique de la coopération bilatérale dans l\'exploration et l\'utilisation de l\'espace.',
    },
    milestones: [
      {
        date: '2015-05-28',
        kind: 'agreement',
        label: {
          en: 'Signed in Paris (Matignon) in the presence of both prime ministers',
          fr: 'Signé à Paris (Matignon) en présence des deux Premiers ministres',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/france-morocco-space-cooperation-cnes-crers-crts-framework-agreement-status-check-implementation-new'],
    confidence: 'high',
  },
  {
    id: 'morocco-applications-seminars',
    factIds: ['MA2'],
    name: { en: 'Joint applications seminars', fr: 'Séminaires communs sur les applications' },
    shortName: { en: 'Applications seminars', fr: 'Séminaires applications' },
    partners: ['MA'],
    priority: 'climate',
    status: 'completed',
    statusNote: {
      en: 'Two seminars held, in 2015 and 2016',
      fr: 'Deux séminaires organisés, en 2015 et en 2016',
    },
    description: {
      en: 'Workshops on Earth-observation applications for water, agriculture, oceanography and coastal zones, plus training of Moroccan engineers in CNES expert communities.',
      fr: 'Ateliers sur les applications de l\'observation de la Terre à l\'eau, à l\'agriculture, à l\'océanographie et aux zones côtières, et formation d\'ingénieurs marocains au sein des communautés d\'experts du CNES.',
    },
    milestones: [
      {
        date: '2015-09',
        kind: 'milestone',
        label: {
          en: 'Seminar in Rabat on satellite imagery applications',
          fr: 'Séminaire à Rabat sur les applications de l\'imagerie satellitaire',
        },
        planned: false,
      },
      {
        date: '2016-03',
        kind: 'milestone',
        label: {
          en: 'Seminar in Toulouse on water, agriculture, oceanography and coastal monitoring',
          fr: 'Séminaire à Toulouse sur l\'eau, l\'agriculture, l\'océanographie et la surveillance du littoral',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-morocco-space-cooperation-cnes-crers-crts-framework-agreement-status-check-implementation-new',
      'https://presse.cnes.fr/en/french-moroccan-space-cooperation-cnes-and-moroccos-space-institutions-commence-cooperation',
    ],
    confidence: 'high',
  },
  {
    id: 'cop22-space-agencies-meeting',
    factIds: ['MA3'],
    name: { en: 'Heads of space agencies meeting at COP22', fr: 'Réunion des dirigeants d\'agences spatiales à la COP22' },
    shortName: { en: 'COP22 agency heads', fr: 'Chefs d\'agence COP22' },
    partners: ['MA'],
    priority: 'climate',
    status: 'completed',
    statusNote: {
      en: 'Held in Marrakech in November 2016',
      fr: 'Tenue à Marrakech en novembre 2016',
    },
    description: {
      en: 'Meeting of space-agency heads at COP22, organised jointly by France and Morocco, on space data for water management.',
      fr: 'Réunion des dirigeants d\'agences spatiales à la COP22, organisée conjointement par la France et le Maroc, sur les données spatiales au service de la gestion de l\'eau.',
    },
    milestones: [
      {
        date: '2016-11',
        kind: 'milestone',
        label: {
          en: 'Heads of space agencies meet in Marrakech during COP22',
          fr: 'Les dirigeants d\'agences spatiales se réunissent à Marrakech pendant la COP22',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/fr/cooperation-spatiale-entre-la-france-et-le-maroc-copernicus-au-service-du-maroc-et-de-lafrique'],
    confidence: 'high',
  },
  {
    id: 'copernicus-sentinel-workshop',
    factIds: ['MA4'],
    name: { en: 'First joint international workshop on Copernicus Sentinel data', fr: 'Premier atelier international commun sur les données Sentinel de Copernicus' },
    shortName: { en: 'Sentinel data workshop', fr: 'Atelier données Sentinel' },
    partners: ['MA'],
    priority: 'climate',
    status: 'completed',
    statusNote: {
      en: 'Held in Rabat in March 2018',
      fr: 'Tenu à Rabat en mars 2018',
    },
    description: {
      en: 'CNES–CRTS workshop on using Sentinel imagery and data for Morocco and Africa.',
      fr: 'Atelier CNES–CRTS sur l\'utilisation des images et des données Sentinel au service du Maroc et de l\'Afrique.',
    },
    milestones: [
      {
        date: '2018-03-06',
        kind: 'milestone',
        label: {
          en: 'Opened by Jean-Yves Le Gall in Rabat',
          fr: 'Ouvert par Jean-Yves Le Gall à Rabat',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/fr/cooperation-spatiale-entre-la-france-et-le-maroc-copernicus-au-service-du-maroc-et-de-lafrique'],
    confidence: 'high',
  },

  // Vietnam: agreements, training and a research lab; no joint satellite
  {
    id: 'cnes-vast-agreement-2016',
    factIds: ['VN1'],
    name: { en: 'CNES–VAST framework cooperation agreement', fr: 'Accord-cadre de coopération CNES–VAST' },
    shortName: { en: 'CNES–VAST agreement', fr: 'Accord CNES–VAST' },
    partners: ['VN'],
    priority: 'innovation',
    priorityJudgement: {
      en: 'Cross-cutting framework spanning remote sensing, science and small satellites; filed under innovation.',
      fr: 'Cadre transversal couvrant la télédétection, les sciences et les petits satellites ; classé dans l\'innovation.',
    },
    status: 'in-force',
    statusNote: {
      en: 'In force since September 2016',
      fr: 'En vigueur depuis septembre 2016',
    },
    description: {
      en: 'Agreement covering remote sensing and applications, space science and exploration, small satellites, research and technology, and staff exchanges.',
      fr: 'Accord couvrant la télédétection et ses applications, les sciences et l\'exploration spatiales, les petits satellites, la recherche et la technologie, ainsi que les échanges de personnel.',
    },
    milestones: [
      {
        date: '2016-09-06',
        kind: 'agreement',
        label: {
          en: 'Signed in Hanoi during President Hollande\'s state visit',
          fr: 'Signé à Hanoï lors de la visite d\'État du président Hollande',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/french-presidents-state-visit-socialist-republic-vietnam-space-component-drive-combat-climate-change'],
    confidence: 'high',
  },
  {
    id: 'vietnam-sco-letter-of-intent',
    factIds: ['VN2'],
    name: { en: 'Letter of intent on space and climate research', fr: 'Lettre d\'intention sur la recherche spatiale et climatique' },
    shortName: { en: 'SCO letter of intent', fr: 'Lettre d\'intention SCO' },
    partners: ['VN'],
    priority: 'climate',
    status: 'in-force',
    statusNote: {
      en: 'Signed November 2018',
      fr: 'Signée en novembre 2018',
    },
    description: {
      en: 'Formalises CNES–VAST cooperation on climate research through the Space Climate Observatory.',
      fr: 'Formalise la coopération CNES–VAST en recherche climatique dans le cadre de l\'Observatoire spatial du climat (SCO).',
    },
    milestones: [
      {
        date: '2018-11-03',
        kind: 'agreement',
        label: {
          en: 'Signed during the French Prime Minister\'s visit',
          fr: 'Signée lors de la visite du Premier ministre français',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/prime-ministers-official-visit-vietnam-significant-strengthening-france-vietnam-space-cooperation'],
    confidence: 'high',
  },
  {
    id: 'usth-mou',
    factIds: ['VN3'],
    name: { en: 'Higher-education MoU with USTH', fr: 'Protocole d\'accord avec l\'USTH sur l\'enseignement supérieur' },
    shortName: { en: 'USTH teaching MoU', fr: 'Protocole d\'accord USTH' },
    partners: ['VN'],
    priority: 'innovation',
    status: 'in-force',
    statusNote: {
      en: 'Extended in November 2018 for three more years',
      fr: 'Prolongé en novembre 2018 pour trois années supplémentaires',
    },
    description: {
      en: 'CNES engineers teach satellite technology at USTH in Hanoi and host Vietnamese students as interns.',
      fr: 'Des ingénieurs du CNES enseignent les technologies satellitaires à l\'USTH, à Hanoï, et accueillent des étudiants vietnamiens en stage.',
    },
    milestones: [
      {
        date: '2015',
        kind: 'agreement',
        label: {
          en: 'MoU signed',
          fr: 'Signature du protocole d\'accord',
        },
        planned: false,
      },
      {
        date: '2018-11-03',
        kind: 'agreement',
        label: {
          en: 'MoU extended for three years',
          fr: 'Protocole d\'accord prolongé de trois ans',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/prime-ministers-official-visit-vietnam-significant-strengthening-france-vietnam-space-cooperation'],
    confidence: 'high',
  },
  {
    id: 'lotus-lab',
    factIds: ['VN4'],
    name: { en: 'LOTUS international research laboratory', fr: 'Laboratoire international de recherche LOTUS' },
    shortName: { en: 'LOTUS laboratory', fr: 'Laboratoire LOTUS' },
    partners: ['VN'],
    priority: 'climate',
    status: 'in-force',
    statusNote: {
      en: 'Agreement signed November 2018',
      fr: 'Accord signé en novembre 2018',
    },
    description: {
      en: 'French–Vietnamese Land Ocean aTmosphere coUpled System lab linking USTH, IMER, STI and the Institute of Oceanography; CNES contributes through the LEGOS science project.',
      fr: 'Laboratoire franco-vietnamien Land Ocean aTmosphere coUpled System, qui associe l\'USTH, l\'IMER, le STI et l\'Institut d\'océanographie ; le CNES y contribue par le projet scientifique du LEGOS.',
    },
    milestones: [
      {
        date: '2018-11',
        kind: 'agreement',
        label: {
          en: 'LOTUS laboratory agreement signed',
          fr: 'Signature de l\'accord du laboratoire LOTUS',
        },
        planned: false,
      },
    ],
    sources: ['https://presse.cnes.fr/en/prime-ministers-official-visit-vietnam-significant-strengthening-france-vietnam-space-cooperation'],
    confidence: 'high',
  },

  // Israel
  {
    id: 'venus',
    factIds: ['IL1'],
    name: { en: 'VENµS', fr: 'VENµS' },
    shortName: { en: 'VENµS', fr: 'VENµS' },
    partners: ['IL'],
    priority: 'climate',
    status: 'operating',
    statusNote: {
      en: 'Operating; science mission since March 2018, tracking 208 sites by January 2019',
      fr: 'En service ; mission scientifique depuis mars 2018, 208 sites suivis en janvier 2019',
    },
    description: {
      en: 'First joint CNES–ISA mission: a microsatellite imaging vegetation at high resolution every two days, with a CNES camera and an Israeli electric-propulsion demonstration.',
      fr: 'Première mission commune CNES–ISA : un microsatellite qui photographie la végétation à haute résolution tous les deux jours, avec une caméra du CNES et une démonstration israélienne de propulsion électrique.',
    },
    milestones: [
      {
        date: '2005-04-12',
        kind: 'agreement',
        label: {
          en: 'CNES–ISA agreement on VENµS',
          fr: 'Accord CNES–ISA sur VENµS',
        },
        planned: false,
      },
      {
        date: '2017-08-01',
        kind: 'launch',
        label: {
          en: 'Launched by Vega from Kourou (1 Aug local time, 2 Aug UTC)',
          fr: 'Lancé par Vega depuis Kourou (1er août en heure locale, 2 août en UTC)',
        },
        planned: false,
      },
      {
        date: '2018-03-01',
        kind: 'milestone',
        label: {
          en: 'Science mission begins',
          fr: 'Début de la mission scientifique',
        },
        planned: false,
      },
      {
        date: '2019-01',
        kind: 'milestone',
        label: {
          en: 'Sites tracked extended from 108 to 208',
          fr: 'Nombre de sites suivis porté de 108 à 208',
        },
        planned: false,
      },
    ],
    sources: [
      'https://presse.cnes.fr/en/france-israel-space-cooperation-upcoming-launch-french-israeli-venus-satellite-cnes-and-isa-leading',
      'https://it.dayfr.com/tecnologia/2037170.html',
      'http://www.cnes.fr/web/CNES-en/3341-joint-press-release-cnes-and-isa-to-work-together-on-venus-mission.php',
      'https://www.israelscienceinfo.com/en/physique/cooperation-spatiale-france-israel-newspace-ven%C2%B5s-et-c3iel-le-cnes-a-la-conference-ilan-ramon/',
    ],
    confidence: 'high',
  },
  {
    id: 'c3iel',
    factIds: ['IL2'],
    name: { en: 'C3IEL', fr: 'C3IEL' },
    shortName: { en: 'C3IEL', fr: 'C3IEL' },
    partners: ['IL'],
    priority: 'climate',
    status: 'in-study',
    statusNote: {
      en: 'Still a joint project under study in January 2019; approved only after May 2019; no launch date set',
      fr: 'Toujours un projet commun à l\'étude en janvier 2019 ; approuvé seulement après mai 2019 ; aucune date de lancement fixée',
    },
    description: {
      en: 'Planned pair of nanosatellites to observe convective clouds in 3D with lightning and water vapour; CNES to build and operate the satellites, ISA to supply the instruments.',
      fr: 'Projet de paire de nanosatellites pour observer en 3D les nuages convectifs, avec les éclairs et la vapeur d\'eau ; le CNES doit construire et exploiter les satellites, l\'ISA fournir les instruments.',
    },
    milestones: [
      {
        date: '2016',
        kind: 'milestone',
        label: {
          en: 'Joint CNES–ISA study begins',
          fr: 'Début de l\'étude commune CNES–ISA',
        },
        planned: false,
      },
      {
        date: '2019-01',
        kind: 'milestone',
        label: {
          en: 'Discussed as an ongoing joint project at the Ilan Ramon conference',
          fr: 'Présenté comme un projet commun en cours lors de la conférence Ilan Ramon',
        },
        planned: false,
      },
    ],
    sources: [
      'https://www.israelscienceinfo.com/en/physique/cooperation-spatiale-france-israel-newspace-ven%C2%B5s-et-c3iel-le-cnes-a-la-conference-ilan-ramon/',
      'https://www.aerospatium.info/le-cnes-lance-le-projet-c3iel-avec-israel/',
      'https://aeromorning.com/approbation-par-le-conseil-dadministration-du-cnes-du-demarrage-de-la-mission-c3iel',
    ],
    confidence: 'medium-high',
  },
  {
    id: 'cnes-isa-agreement-1994',
    factIds: ['IL3'],
    name: { en: 'First CNES–ISA space cooperation agreement', fr: 'Premier accord de coopération spatiale CNES–ISA' },
    shortName: { en: 'First CNES–ISA agreement', fr: 'Premier accord CNES–ISA' },
    partners: ['IL'],
    priority: 'innovation',
    priorityJudgement: {
      en: 'Founding framework agreement for all France–Israel space cooperation; filed under innovation.',
      fr: 'Accord-cadre fondateur de toute la coopération spatiale franco-israélienne ; classé dans l\'innovation.',
    },
    status: 'in-force',
    statusNote: {
      en: 'Basis of France–Israel space cooperation since 1994',
      fr: 'Fondement de la coopération spatiale franco-israélienne depuis 1994',
    },
    description: {
      en: 'Founding inter-agency agreement that formally established France–Israel space cooperation.',
      fr: 'Accord interagences fondateur, qui a officiellement établi la coopération spatiale entre la France et Israël.',
    },
    milestones: [
      {
        date: '1994-04-11',
        kind: 'agreement',
        label: {
          en: 'First CNES–ISA agreement signed',
          fr: 'Signature du premier accord CNES–ISA',
        },
        planned: false,
      },
    ],
    sources: ['http://www.cnes.fr/web/CNES-en/3341-joint-press-release-cnes-and-isa-to-work-together-on-venus-mission.php'],
    confidence: 'high',
  },
] satisfies readonly ProjectInput[]
