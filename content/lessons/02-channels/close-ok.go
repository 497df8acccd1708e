package main

import "fmt"

// The zero value of a string is "", where TypeScript has undefined.
// tour:differs "after the close: undefined false" => "after the close:  false"

// With more than one P, the waiter may serve before the kitchen says it
// has closed.
// tour:compare unordered

func kitchen(orders chan<- string) {
	for _, dish := range []string{"soup", "pasta", "cake"} {
		orders <- dish
	}
	close(orders) // no more dishes: tell the waiter
	fmt.Println("kitchen: closed")
}

func main() {
	orders := make(chan string, 3)
	go kitchen(orders)

	for {
		dish, ok := <-orders
		if !ok {
			break // closed, and nothing left in it
		}
		fmt.Println("waiter: serving", dish)
	}

	// A closed channel never makes a receiver wait.
	dish, ok := <-orders
	fmt.Println("after the close:", dish, ok)
}
