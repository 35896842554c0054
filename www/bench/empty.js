/* Intentionally empty: the least any one-script embed adds to a page. */
