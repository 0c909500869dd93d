n = { $count ->
    [one] one
   *[other] { $count } and { -brand } { app-name }
}
t = { NUMBER($count, minimumFractionDigits: 2) } { $name }
    .attr = x
