package main

import "fmt"

func main() {
	mailbox := make(chan string, 1) // room for one letter

	for _, letter := range []string{"invoice", "postcard"} {
		select {
		case mailbox <- letter:
			fmt.Printf("%s: posted\n", letter)
		default: // runs if the send would block
			fmt.Printf("%s: mailbox full, kept it\n", letter)
		}
	}

	for range 2 {
		select {
		case letter := <-mailbox:
			fmt.Println("found the", letter)
		default:
			fmt.Println("the mailbox is empty")
		}
	}
}
