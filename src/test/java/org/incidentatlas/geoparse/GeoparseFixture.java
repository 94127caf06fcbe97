package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.SentenceSplitter;

/** A small gazetteer with the ambiguities the rules are about, and articles made from one string. */
final class GeoparseFixture {
    private GeoparseFixture() {
    }

    static InMemoryGazetteer gazetteer() {
        InMemoryGazetteer g = new InMemoryGazetteer();
        country(g, "IQ", "Iraq", 33.0, 43.7, 40_000_000, "Republic of Iraq");
        country(g, "SY", "Syria", 35.0, 38.5, 22_000_000, "Syrian Arab Republic");
        country(g, "IR", "Iran", 32.4, 53.7, 85_000_000);
        country(g, "LB", "Lebanon", 33.9, 35.9, 6_000_000);
        country(g, "RU", "Russia", 61.5, 90.0, 144_000_000);
        country(g, "US", "United States", 39.8, -98.6, 330_000_000, "USA", "U.S.", "US", "America");
        country(g, "GB", "United Kingdom", 54.0, -2.0, 67_000_000, "UK", "Britain");
        country(g, "FR", "France", 46.0, 2.0, 67_000_000);
        country(g, "JO", "Jordan", 31.0, 36.0, 10_000_000);
        country(g, "IL", "Israel", 31.4, 35.0, 9_000_000);
        country(g, "MX", "Mexico", 23.0, -102.0, 126_000_000);
        country(g, "CA", "Canada", 60.0, -95.0, 38_000_000);
        country(g, "ZW", "Zimbabwe", -19.0, 29.8, 15_000_000);
        country(g, "TH", "Thailand", 15.0, 100.0, 70_000_000, "Thai");
        g.addDemonym("Iraqi", "IQ").addDemonym("Syrian", "SY").addDemonym("Lebanese", "LB")
                .addDemonym("Iranian", "IR").addDemonym("Russian", "RU").addDemonym("American", "US")
                .addDemonym("French", "FR").addDemonym("Israeli", "IL")
                .addDemonym("British", "GB");
        place(g, "gn:98182", "Baghdad", PlaceKind.CITY, "PPLC", "IQ", "07", 33.341, 44.401, 7_216_000);
        place(g, "gn:99608", "Hit", PlaceKind.TOWN, "PPL", "IQ", "01", 33.643, 42.827, 60_000);
        place(g, "gn:99072", "Mosul", PlaceKind.CITY, "PPLA", "IQ", "15", 36.335, 43.119, 1_739_800);
        place(g, "gn:94787", "Kirkuk", PlaceKind.CITY, "PPLA", "IQ", "13", 35.468, 44.392, 601_433);
        place(g, "a1:IQ.13", "Kirkuk Governorate", PlaceKind.ADMIN1, "ADM1", "IQ", "13", 35.4, 44.2, 1_500_000,
                "Kirkuk", "Tamim");
        place(g, "a1:IQ.01", "Al Anbar Governorate", PlaceKind.ADMIN1, "ADM1", "IQ", "01", 33.0, 42.0, 1_700_000,
                "Anbar", "Al-Anbar", "Al Anbar");
        place(g, "gn:7932", "Al Baghdadi", PlaceKind.TOWN, "PPL", "IQ", "01", 33.87, 42.53, 20_000, "al-Baghdadi");
        place(g, "gn:11", "Hawija", PlaceKind.TOWN, "PPL", "IQ", "13", 35.325, 43.773, 50_000, "Al Hawija");
        place(g, "gn:170794", "Abu Kamal", PlaceKind.TOWN, "PPL", "SY", "05", 34.452, 40.919, 57_000,
                "Albu Kamal", "Al Bukamal");
        place(g, "gn:8500", "Abu Kamal", PlaceKind.VILLAGE, "PPL", "IQ", "01", 33.1, 41.2, 800);
        place(g, "a1:SY.05", "Deir ez-Zor Governorate", PlaceKind.ADMIN1, "ADM1", "SY", "05", 35.0, 40.3,
                1_200_000, "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr");
        place(g, "gn:170792", "Deir ez-Zor", PlaceKind.CITY, "PPLA", "SY", "05", 35.336, 40.141, 242_565,
                "Deir Ezzor", "Dayr az Zawr");
        place(g, "gn:166365", "Al Mayadin", PlaceKind.TOWN, "PPL", "SY", "05", 35.021, 40.451, 44_000,
                "Mayadin", "al-Mayadeen", "Mayadeen");
        place(g, "gn:276781", "Beirut", PlaceKind.CITY, "PPLC", "LB", "04", 33.894, 35.502, 1_916_100);
        place(g, "gn:112931", "Tehran", PlaceKind.CITY, "PPLC", "IR", "26", 35.689, 51.389, 7_153_309);
        place(g, "a1:IR.07", "Fars", PlaceKind.ADMIN1, "ADM1", "IR", "07", 29.5, 53.0, 4_800_000, "Fars Province");
        place(g, "gn:524901", "Moscow", PlaceKind.CITY, "PPLC", "RU", "48", 55.756, 37.617, 10_381_222);
        place(g, "gn:4140963", "Washington, D.C.", PlaceKind.CITY, "PPLC", "US", "DC", 38.895, -77.036, 689_545,
                "Washington");
        place(g, "a1:US.WA", "Washington", PlaceKind.ADMIN1, "ADM1", "US", "WA", 47.5, -120.5, 7_700_000);
        place(g, "gn:2634715", "Washington", PlaceKind.TOWN, "PPL", "GB", "ENG", 54.9, -1.517, 53_388);
        place(g, "gn:2988507", "Paris", PlaceKind.CITY, "PPLC", "FR", "11", 48.853, 2.349, 2_138_551);
        place(g, "gn:4717560", "Paris", PlaceKind.TOWN, "PPLA2", "US", "TX", 33.661, -95.555, 25_171);
        place(g, "a1:US.TX", "Texas", PlaceKind.ADMIN1, "ADM1", "US", "TX", 31.25, -99.25, 29_000_000);
        place(g, "gn:2643743", "London", PlaceKind.CITY, "PPLC", "GB", "ENG", 51.507, -0.128, 8_961_989);
        place(g, "gn:6058560", "London", PlaceKind.CITY, "PPL", "CA", "08", 42.984, -81.233, 346_765);
        place(g, "gn:3190261", "Split", PlaceKind.CITY, "PPLA", "HR", "15", 43.509, 16.439, 176_314);
        place(g, "gn:2639577", "Reading", PlaceKind.CITY, "PPL", "GB", "ENG", 51.456, -0.969, 244_070);
        place(g, "gn:3067421", "Most", PlaceKind.TOWN, "PPL", "CZ", "85", 50.503, 13.636, 67_089);
        place(g, "gn:750268", "Of", PlaceKind.TOWN, "PPL", "TR", "61", 40.945, 40.264, 27_000);
        place(g, "gn:1", "Man", PlaceKind.TOWN, "PPLA", "CI", "78", 7.412, -7.554, 139_341);
        place(g, "gn:2", "March", PlaceKind.TOWN, "PPL", "GB", "ENG", 52.55, 0.09, 22_000);
        place(g, "gn:250441", "Amman", PlaceKind.CITY, "PPLC", "JO", "16", 31.955, 35.945, 1_275_857);
        place(g, "gn:281184", "Jerusalem", PlaceKind.CITY, "PPLC", "IL", "06", 31.769, 35.216, 801_000);
        place(g, "gn:3", "Peterson", PlaceKind.TOWN, "PPL", "US", "IA", 42.9, -95.3, 300);
        place(g, "gn:4", "Sistani", PlaceKind.VILLAGE, "PPL", "IR", "13", 31.0, 61.0, 500);
        place(g, "sup:ain-al-asad", "Al Asad Airbase", PlaceKind.BASE, "AIRB", "IQ", "01", 33.786, 42.441, 0,
                "Ayn al-Asad", "Ain al-Asad", "Al Asad Air Base");
        place(g, "gn:4398103", "Mexico", PlaceKind.TOWN, "PPL", "US", "MO", 39.17, -91.88, 11_500);
        place(g, "gn:890299", "Harare", PlaceKind.CITY, "PPLC", "ZW", "05", -17.83, 31.05, 1_542_813, "Salisbury");
        place(g, "gn:2638664", "Salisbury", PlaceKind.TOWN, "PPL", "GB", "ENG", 51.07, -1.80, 40_302);
        place(g, "gn:5", "Kaplan", PlaceKind.VILLAGE, "PPL", "US", "LA", 30.0, -92.28, 5_000);
        place(g, "gn:4696202", "Humble", PlaceKind.TOWN, "PPL", "US", "TX", 29.99, -95.26, 15_133);
        place(g, "gn:6", "Quds", PlaceKind.VILLAGE, "PPL", "IR", "07", 29.6, 52.6, 2_000);
        place(g, "sup:europe", "Europe", PlaceKind.CONTINENT, null, null, null, 48.69, 9.14, 0);
        place(g, "sup:north-america", "North America", PlaceKind.CONTINENT, null, null, null, 46.07, -100.55, 0);
        place(g, "sup:middle-east", "Middle East", PlaceKind.REGION, "RGN", null, null, 29.0, 42.0, 0);
        // State abbreviations and counties
        place(g, "a1:US.KY", "Kentucky", PlaceKind.ADMIN1, "ADM1", "US", "KY", 37.8, -85.7, 4_500_000);
        place(g, "gn:4295940", "Glasgow", PlaceKind.TOWN, "PPLA2", "US", "KY", 37.0, -85.91, 14_028);
        place(g, "gn:2648579", "Glasgow", PlaceKind.CITY, "PPLA2", "GB", "SCT", 55.865, -4.257, 626_410);
        place(g, "gn:4671654", "Austin", PlaceKind.CITY, "PPLA", "US", "TX", 30.267, -97.743, 961_855);
        place(g, "gn:4929180", "Austin", PlaceKind.TOWN, "PPL", "US", "MN", 43.667, -92.975, 24_718);
        place(g, "a2:US.NY.103", "Suffolk County", PlaceKind.ADMIN2, "ADM2", "US", "NY", 40.9, -72.8, 1_500_000);
        place(g, "gn:4791259", "Suffolk", PlaceKind.TOWN, "PPLA2", "US", "VA", 36.73, -76.58, 90_000);
        place(g, "gn:5379513", "Orange", PlaceKind.CITY, "PPL", "US", "CA", 33.788, -117.853, 139_969);
        // Oceans and seas against towns and provinces of the same name
        g.add(new Place("sup:atlantic-ocean", "Atlantic Ocean", PlaceKind.SEA, null, null, null, 10.0, -25.0, 0, 5000),
                List.of("Atlantic", "the Atlantic"));
        place(g, "gn:4847385", "Atlantic", PlaceKind.TOWN, "PPLA2", "US", "IA", 41.404, -95.014, 6_792);
        place(g, "sup:red-sea", "Red Sea", PlaceKind.SEA, null, null, null, 20.0, 38.5, 0);
        place(g, "a1:SD.36", "Red Sea", PlaceKind.ADMIN1, "ADM1", "SD", "36", 19.75, 37.02, 1_400_000);
        place(g, "a1:US.NY", "New York", PlaceKind.ADMIN1, "ADM1", "US", "NY", 42.9, -75.5, 19_000_000);
        place(g, "a1:US.DC", "District of Columbia", PlaceKind.ADMIN1, "ADM1", "US", "DC", 38.93, -77.04, 700_000);
        place(g, "a1:CA.02", "British Columbia", PlaceKind.ADMIN1, "ADM1", "CA", "02", 53.7, -127.6, 4_600_000);
        place(g, "a1:CA.08", "Ontario", PlaceKind.ADMIN1, "ADM1", "CA", "08", 49.3, -84.5, 13_000_000);
        place(g, "a1:AU.04", "Queensland", PlaceKind.ADMIN1, "ADM1", "AU", "04", -19.7, 146.1, 5_100_000);
        place(g, "a1:CN.32", "Sichuan", PlaceKind.ADMIN1, "ADM1", "CN", "32", 30.5, 102.5, 80_000_000);
        place(g, "gn:6173331", "Vancouver", PlaceKind.CITY, "PPL", "CA", "02", 49.25, -123.12, 600_000);
        place(g, "gn:4158928", "Hollywood", PlaceKind.CITY, "PPL", "US", "FL", 26.011, -80.149, 149_728);
        place(g, "gn:5357527", "Hollywood", PlaceKind.DISTRICT, "PPLX", "US", "CA", 34.098, -118.327, 167_664);
        place(g, "gn:4930956", "Boston", PlaceKind.CITY, "PPLA", "US", "MA", 42.358, -71.060, 667_137);
        place(g, "gn:5144040", "Washington", PlaceKind.VILLAGE, "PPL", "US", "NY", 41.78, -73.67, 6_498);
        place(g, "gn:768861", "Kock", PlaceKind.VILLAGE, "PPLA3", "PL", "75", 51.64, 22.45, 3_484);
        place(g, "a1:TM.05", "Mary", PlaceKind.ADMIN1, "ADM1", "TM", "05", 37.6, 61.8, 251_144);
        place(g, "a1:ME.02", "Bar", PlaceKind.ADMIN1, "ADM1", "ME", "02", 42.1, 19.1, 24_584);
        // Facilities named after places, and a town that goes by the start of a hyphenated name
        place(g, "gn:2829901", "Stade", PlaceKind.TOWN, "PPLA3", "DE", "06", 53.593, 9.476, 45_634);
        place(g, "a1:AU.07", "Victoria", PlaceKind.ADMIN1, "ADM1", "AU", "07", -36.44, 144.91, 6_468_708);
        place(g, "gn:3027014", "Champs-sur-Marne", PlaceKind.VILLAGE, "PPL", "FR", "11", 48.853, 2.6, 24_000,
                "Champs");
        place(g, "a2:GB.ENG.J6", "Northumberland", PlaceKind.ADMIN2, "ADM2", "GB", "ENG", 55.25, -2.0, 320_000);
        place(g, "gn:2640729", "Oxford", PlaceKind.CITY, "PPLA2", "GB", "ENG", 51.752, -1.256, 171_380);
        place(g, "gn:5128581", "New York City", PlaceKind.CITY, "PPL", "US", "NY", 40.714, -74.006, 8_804_190,
                "New York");
        return g;
    }

    private static void country(InMemoryGazetteer g, String iso, String name, double lat, double lon, long pop,
                                String... aliases) {
        g.add(new Place("cc:" + iso, name, PlaceKind.COUNTRY, "PCLI", iso, null, lat, lon, pop, 500), List.of(aliases));
    }

    private static void place(InMemoryGazetteer g, String id, String name, PlaceKind kind, String fc, String cc,
                              String a1, double lat, double lon, long pop, String... aliases) {
        double radius = kind == PlaceKind.ADMIN1 ? 150 : kind == PlaceKind.REGION ? 1500 : 5;
        g.add(new Place(id, name, kind, fc, cc, a1, lat, lon, pop, radius), List.of(aliases));
    }

    static Article article(String text) {
        return new Article("test.txt", "test.txt", null, null, null, null, null, null, text,
                SentenceSplitter.split(text), List.of(), null);
    }
}
