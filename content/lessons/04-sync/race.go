package main

import (
	"fmt"
	"sync"
)

// A deposit is lost only when the other one runs between its read and
// its write. The tour's scheduler switches there on day 4; Go, with one
// P, never does (with more, the two may overlap on two cores, rarely).
// tour:env GOMAXPROCS=1
// tour:also "day 4: balance 50 (lost 30)" => "day 4: balance 80"

// day is one day at the bank: two deposits into an empty account.
func day() int {
	balance := 0
	audit := make(chan string, 10) // room: a send never waits

	deposit := func(who string, amount int) {
		current := balance // read
		audit <- fmt.Sprintf("%s deposits %d", who, amount)
		balance = current + amount // write: what was read, plus amount
	}

	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); deposit("ana", 50) }()
	go func() { defer wg.Done(); deposit("ben", 30) }()
	wg.Wait()
	return balance
}

func main() {
	for d := 1; d <= 5; d++ {
		balance := day()
		note := ""
		if lost := 80 - balance; lost > 0 {
			note = fmt.Sprintf(" (lost %d)", lost)
		}
		fmt.Printf("day %d: balance %d%s\n", d, balance, note)
	}
}
