/**
 * People (data only), written from general knowledge: common given names from many languages
 * (English, French, German, Italian, Spanish, Portuguese, Dutch, Scandinavian, Slavic, Arabic,
 * Persian, Turkish, South Asian, East Asian, African), and honorifics and titles that stand
 * before a name but are not part of it.
 */

const GIVEN = `
Aaron Abby Abdul Abdullah Abdel Abdelaziz Abdou Abe Abel Abraham Abu Ada Adam Adama Adel Adele Adnan Adolf Adrian Adriana
Adrien Agnes Ahmad Ahmed Ahmet Aidan Aileen Aisha Akbar Akhtar Akira Akram Al Alain Alan Alastair Albert Alberto Albrecht Alec
Alejandro Aleksander Aleksandr Aleksei Alessandro Alex Alexander Alexandra Alexandre Alexei Alexis Alfonso Alfred Alfredo Ali
Alice Alicia Alija Alison Allan Allen Alma Alois Alonso Alvaro Amanda Amber Ambrose Amelia Amin Amir Amit Amos Amy Ana Anatoly
Anders Andre Andrea Andreas Andrei Andrew Andrey Andrzej Andy Angel Angela Angelo Anil Anita Ann Anna Anne Annette Anthony Anton
Antonio Antoine Anwar Aram Ariel Arjun Arkady Arnaud Arnold Arthur Arturo Arun Arvid Ashley Ashok Ashraf Asif Aslan Aung Avi
Ayman Ayse Aziz Babak Bakr Barbara Barry Bart Bashar Basil Beatrice Beatriz Ben Benedict Benjamin Benny Benoit Bernard Bernd
Bernhard Bert Bertrand Beth Betty Bill Billy Bjorn Blaise Bob Bobby Bogdan Boris Boutros Boyd Brad Bradley Brandon Brendan Brett
Brian Bridget Bruce Bruno Bryan Burhanuddin Byron Caleb Camille Carl Carla Carlo Chad Carlos Carmen Carol Caroline Carolyn Carsten
Catherine Cecil Cecilia Cedric Celine Cesar Chaim Chandra Charles Charlie Charlotte Chen Cheng Cheryl Chris Christian Christina
Christine Christoph Christophe Christopher Chuck Ciaran Cindy Claire Clara Clarence Claude Claudia Claudio Claus Clement Cliff
Clifford Clint Clive Colin Conor Connie Conrad Constantin Constantine Cornelius Craig Cristian Cristina Curt Curtis Cynthia Dan
Dana Daniel Daniela Daniele Danielle Danny Dario Darren Dave David Davide Dawn Dean Debbie Deborah Declan Denis Denise Dennis
Derek Desmond Diana Diane Dick Diego Dieter Dimitri Dimitris Dirk Dmitri Dmitry Dominic Dominique Don Donald Donna Doris Dorothy
Doug Douglas Duncan Dusan Dwight Earl Ed Eddie Edgar Edith Edmund Eduard Eduardo Edward Edwin Ehud Eileen Elaine Eleanor Elena
Eli Elias Elijah Elisabeth Elizabeth Ella Ellen Elon Emil Emile Emilio Emily Emma Emmanuel Enrico Enrique Eric Erica Erich Erik
Erika Erin Ernest Ernesto Ernst Esther Ethan Etienne Eugene Eva Evan Evelyn Evgeny Ewa Ezra Fabian Fabio Fabrice Fahd Faisal
Farid Farouk Fatima Fayez Federico Felipe Felix Fernando Fidel Filip Fiona Florence Florian Floyd Francesca Francesco Francis
Francisco Franco Francois Francoise Frank Franz Fred Freddie Frederic Frederick Frederik Fritz Gabriel Gabriela Gabriele Gail
Gareth Garry Gary Gavin Gene Geoff Geoffrey George Georges Georgi Georgios Gerald Gerard Gerd Gerhard Gerry Gianfranco Gianluca
Gianni Gilbert Gilles Gillian Gina Giorgio Giovanni Gisela Giuseppe Glen Glenn Gloria Gordon Goran Grace Graham Grant Greg Gregor
Gregory Grigory Guido Guillaume Gunnar Gunter Gustav Gustavo Guy Hai Haim Hakan Hamad Hamid Hamza Hana Hank Hannah Hans Harald
Hari Harold Harri Harry Harvey Hasan Hashem Hassan Heather Hector Hedi Heidi Heinrich Heinz Helen Helena Helene Helga Helmut
Henri Henrik Henry Herbert Herman Hermann Hidetoshi Hilary Hillary Hiroshi Ho Hosni Howard Hubert Hugh Hugo Humberto Hussein
Hyun Iain Ian Ibrahim Ignacio Igor Ilya Imran Ines Ingrid Ioannis Ira Irene Iris Irina Isaac Isabel Isabella Isabelle Ismail
Ivan Ivana Ivo Ivor Jack Jackie Jacob Jacqueline Jacques Jaime Jake Jakob Jamal James Jamie Jan Jane Janet Janice Janos Jaroslav
Jason Javier Jay Jean Jean-Claude Jean-Louis Jean-Luc Jean-Marie Jean-Pierre Jeanne Jeff Jeffrey Jennifer Jenny Jens Jeremy
Jerome Jerry Jesper Jesse Jessica Jesus Jiang Jim Jimmy Jin Jo Joachim Joan Joanna Joanne Joao Joaquim Joaquin Jochen Jody Joe
Joel Johan Johann Johannes John Johnny Jon Jonas Jonathan Jordan Jorge Jorg Jose Josef Joseph Josh Joshua Josip Juan Judith
Judy Jules Julia Julian Julie Julien Julio Julius Jun Jung Jurgen Justin Kamal Karel Karen Karim Karin Karl Karol Kate Katherine
Kathleen Kathryn Kathy Katrin Kay Keith Kelly Ken Kenji Kenneth Kenny Kerry Kevin Khaled Khalid Khalil Kim Kirk Klaus Konrad
Konstantin Kurt Kyle Lamar Lance Lars Larry Laszlo Laura Laurence Laurent Lawrence Lee Leila Len Lena Leon Leonard Leonardo
Leonid Leslie Lester Lewis Li Liam Lin Linda Lionel Lisa Liu Liz Lloyd Lorenzo Lothar Louis Louise Luc Luca Lucas Lucia Luciano
Lucy Ludwig Luigi Luis Luiz Lukas Luke Lynn Magnus Mahathir Mahmoud Maja Malcolm Mamadou Manfred Manuel Manuela Marc Marcel
Marcello Marco Marcos Marcus Margaret Margarita Maria Mariano Marie Marina Mario Marion Mark Marko Markus Marta Martha Martin
Martina Mary Masood Massimo Mathias Matt Matteo Matthew Matthias Maurice Mauricio Mauro Max Maxim Maximilian Meg Mehmet Mel
Melanie Melissa Michael Michel Michele Michelle Miguel Mika Mike Mikhail Milan Miles Miloslav Milos Mir Miriam Mitch Mohamed
Mohammad Mohammed Mohsen Moshe Muhammad Murat Murray Mustafa Nabil Nadia Nancy Naomi Narendra Nasser Natalia Natalie Nathan
Nawaz Neil Nelson Nick Nicholas Nicola Nicolas Nicole Niels Nigel Nikita Nikola Nikolai Nikolaos Nils Nina Noah Noel Nora Norbert
Norman Nuno Nursultan Olaf Oleg Olga Oliver Olivia Olivier Omar Oscar Osman Oswaldo Otto Owen Pablo Paddy Pamela Paolo Pascal
Pat Patricia Patrick Paul Paula Paulo Pavel Pedro Peggy Pervez Pete Peter Petr Petra Phil Philip Philippe Phillip Pierre
Piet Pieter Pietro Piotr Pramod Qian Rachel Radovan Rafael Raffaele Rahul Raj Rajiv Ralph Ramon Randy Raphael Rashid Raul Ravi
Ray Raymond Rebecca Reginald Reinhard Rene Renato Rex Reza Ricardo Riccardo Richard Rick Ricky Rob Robert Roberta Roberto Robin
Rod Rodney Rodrigo Roger Roland Rolf Roman Romano Ron Ronald Ronnie Rosa Rose Ross Roy Ruben Rudolf Rudy Rupert Russell Ruth
Ryan Ryszard Saddam Sadiq Salah Salim Salman Sam Sameer Samir Samuel Sandra Sandro Sanjay Sara Sarah Sasha Saul Scott Sean
Sebastian Sebastien Serge Sergei Sergey Sergio Seth Shane Shannon Sharon Shaun Shawn Sheikh Sheila Shimon Shinzo Shirley Sidney
Sigmund Silvio Simon Simone Sinan Slobodan Sofia Sonia Sophie Stanislav Stanley Stefan Stefano Steffen Stephan Stephane Stephanie
Stephen Steve Steven Stewart Stuart Sue Suleiman Sultan Susan Suzanne Sven Sylvia Sylvie Tadeusz Takeshi Tamara Tanya Tariq
Ted Teresa Terry Thabo Theo Theodore Thierry Thomas Tim Timothy Tina Toby Todd Tom Tomas Tommy Toni Tony Tracy Trevor Troy Tyler
Udo Ulrich Uwe Vaclav Valentin Valentina Valeri Valery Vasily Vera Veronica Viktor Victor Victoria Vijay Vikram Vincent Vincenzo
Viktoria Vitaly Vittorio Vladimir Vladislav Vojislav Walid Walter Wang Warren Wayne Wei Wendy Werner Wesley Wilfried Wilhelm
William Willie Willy Wim Winston Wojciech Wolfgang Xavier Yasser Yasuo Yehuda Yevgeny Yitzhak Yoshiro Youssef Yuri Yusuf
Yves Zbigniew Zhang Zhou Zoran Zoltan
`;

/** Given names, one a word ("Jean-Luc" kept whole). */
export const GIVEN_NAMES: readonly string[] = GIVEN.split(/\s+/).filter(Boolean);

/**
 * Family names written first (Chinese, Korean, Vietnamese naming), lower-case: in "Xi Jinping",
 * "Wang Yi", "Nguyen Phu Trong" the first word is the surname a story goes on to use.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'xi', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao',
  'jin', 'qin', 'fu', 'zhong', 'wen', 'bai', 'kong', 'qian', 'hou', 'shi', 'mao', 'yi', 'duan', 'lei', 'hao', 'gu', 'meng',
  'yoon', 'moon', 'choi', 'kang', 'cho', 'shin', 'jeong', 'jung', 'hwang', 'ahn', 'yoo', 'ryu', 'nam', 'seo', 'oh',
  'nguyen', 'tran', 'pham', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong',
]);

/**
 * Family names written first that are also Western given names ("Kim Clijsters", "Lee Child",
 * "Park Chan-wook"): first only before a given name of two syllables, hyphenated or in two words.
 */
export const FAMILY_NAMES_FIRST_IF_TWO_SYLLABLES: ReadonlySet<string> = new Set(['kim', 'lee', 'park', 'lim', 'chung']);

/** Honorifics and titles that stand before a name and are kept out of it (lower-case, no stop). */
export const TITLE_HEADS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madame', 'mme', 'monsieur', 'herr', 'frau',
  'president', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'governor', 'gov', 'mayor', 'judge', 'justice', 'prosecutor', 'attorney', 'general', 'gen', 'colonel', 'col', 'major', 'maj',
  'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'adm', 'commander', 'marshal', 'brigadier', 'corporal',
  'private', 'commissioner', 'secretary', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chief', 'director', 'coach', 'king',
  'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah', 'imam', 'rabbi', 'father', 'reverend', 'rev',
  'bishop', 'archbishop', 'cardinal', 'patriarch', 'detective', 'inspector', 'superintendent', 'constable', 'officer', 'speaker',
  'spokesman', 'spokeswoman', 'leader', 'manager', 'chancellor', 'dictator', 'vice-president', 'ex-president', 'president-elect',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'batsman', 'bowler', 'pitcher', 'all-rounder', 'champion',
  // "Chief Executive Kenji Watanabe": a corporate title ends in "executive" as often as in "officer"
  'executive', 'treasurer', 'controller', 'counsel', 'strategist',
  // "Labour MP Diane Abbott": a member of a parliament
  'mp', 'mep', 'msp', 'mla', 'lawmaker',
  'ceo', 'cfo', 'coo', 'cto', 'md', 'counterpart', 'deputy', 'trainer', 'owner', 'founder', 'economist', 'analyst', 'lawyer', 'candidate', 'nominee', 'challenger',
];

/** Words that may precede a title head inside the title ("Prime Minister", "Foreign Secretary"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'prime', 'vice', 'deputy', 'acting', 'former', 'foreign', 'finance', 'defence', 'defense', 'interior', 'economy', 'trade',
  'health', 'justice', 'home', 'energy', 'labour', 'labor', 'education', 'agriculture', 'transport', 'industry', 'culture',
  'environment', 'information', 'state', 'attorney', 'chief', 'executive', 'managing', 'supreme', 'senior', 'junior', 'first',
  'lord', 'crown', 'grand', 'lieutenant', 'major', 'rear', 'air', 'police', 'army', 'opposition', 'party', 'majority', 'minority',
  'national', 'assistant', 'under', 'associate', 'general', 'head', 'team', 'club', 'caretaker', 'outgoing', 'incoming', 'interim',
  'late', 'retired', 'crown', 'presidential', 'public', 'district', 'federal', 'chief', 'economic', 'fellow', 'communist', 'socialist',
  // corporate officers: "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer"
  'financial', 'operating', 'technology', 'technical', 'marketing', 'investment', 'commercial', 'legal', 'risk', 'compliance',
];
