package io.github.provplan.province;

/** The two arrangements of Vietnam's provincial units. */
public enum Era {
    /** The 63 provinces and centrally-run cities in place until 30 June 2025. */
    BEFORE_JULY_2025,
    /** The 34 provinces and centrally-run cities formed by Resolution 202/2025/QH15, from 1 July 2025. */
    FROM_JULY_2025
}
