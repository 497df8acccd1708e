package main

import (
	"fmt"
	"sync"
)

// With one P, each withdrawal runs from its check to its debit before
// the other starts, as seed 1 schedules them; with several, the two can
// interleave as the puzzle asks, and some runs overdraw the account.
// tour:env GOMAXPROCS=1

func main() {
	balance := 100 // guarded by mu
	var mu sync.Mutex
	notes := make(chan int, 2) // the cash the machine pays out

	// withdraw pays out amount if the account holds it. Every access to
	// the balance holds the lock, yet the check and the debit are two
	// separate critical sections.
	withdraw := func(amount int) {
		mu.Lock()
		enough := balance >= amount
		mu.Unlock()
		if !enough {
			return
		}
		notes <- amount // count out the notes
		mu.Lock()
		balance -= amount
		mu.Unlock()
	}

	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); withdraw(70) }()
	go func() { defer wg.Done(); withdraw(70) }()
	wg.Wait()
	close(notes)
	paid := 0
	for n := range notes {
		paid += n
	}
	fmt.Println("paid out:", paid)
	fmt.Println("balance:", balance)
}
