package main

import (
	"fmt"
	"sync"
	"time"
)

// Go's Mutex hands the lock to a goroutine that has waited over 1ms
// (its starvation mode), so Go shares the printer more evenly than
// the tour's runtime: only the shape of the output is the same.
// tour:compare shape

const page = time.Millisecond // the time to print one page

func main() {
	var printer sync.Mutex
	var greedy, polite int
	var wg sync.WaitGroup
	end := time.Now().Add(time.Second)

	// Holds the printer for three pages at a time.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for time.Now().Before(end) {
			printer.Lock()
			for range 3 {
				time.Sleep(page)
				greedy++
			}
			printer.Unlock()
		}
	}()

	// Takes the printer for one page, and lets it go in between.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for time.Now().Before(end) {
			for range 3 {
				printer.Lock()
				time.Sleep(page)
				polite++
				printer.Unlock()
			}
		}
	}()

	wg.Wait()
	fmt.Println("greedy printed", greedy, "pages")
	fmt.Println("polite printed", polite, "pages")
}
