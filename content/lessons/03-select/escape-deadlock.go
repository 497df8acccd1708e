package main

import (
	"fmt"
	"sync"
)

// Who gives first is the scheduler's choice: either one may.
// tour:compare unordered
// tour:also "Alice got a kite, then gave a book" => "Alice gave a book, then got a kite"
// tour:also "Bob gave a kite, then got a book" => "Bob got a book, then gave a kite"

// swap gives gift on out and takes a present from inbox, in
// whichever order the other side is ready for.
func swap(name, gift string, out chan<- string, inbox <-chan string) {
	select {
	case out <- gift: // gave first
		present := <-inbox
		fmt.Printf("%s gave a %s, then got a %s\n", name, gift, present)
	case present := <-inbox: // got a present first
		out <- gift
		fmt.Printf("%s got a %s, then gave a %s\n", name, present, gift)
	}
}

func main() {
	toBob := make(chan string)
	toAlice := make(chan string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		swap("Bob", "kite", toAlice, toBob)
	}()
	swap("Alice", "book", toBob, toAlice)
	wg.Wait()
}
